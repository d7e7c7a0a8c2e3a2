package org.ipclab.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.ipclab.core.Json;
import org.junit.jupiter.api.Test;

/** The environment reads every key run.json may hold and writes it back as it was: order, nulls, absences. */
class MachineEnvironmentTest {
    private static final String WRITTEN = """
            {
              "hostname" : "vm",
              "logicalCpus" : 2,
              "memoryBytes" : 25276059648,
              "cpuGovernor" : null,
              "cpuFrequencyMHz" : 2600.0,
              "pinning" : "none",
              "peerHost" : {
                "address" : "far:7000",
                "environment" : {
                  "hostname" : "far",
                  "cpuGovernor" : null
                }
              },
              "profilers" : [ ],
              "libraries" : {
                "org.agrona:agrona" : "2.6.0"
              },
              "jvm" : {
                "vendor" : "Debian",
                "feature" : 17,
                "gc" : [ "PS Scavenge" ]
              },
              "calibration" : {
                "floorRttP50Ns" : 215
              },
              "fromANewerLab" : {
                "x" : 1
              },
              "another" : null
            }""";

    @Test
    void shouldWriteBackWhatItReadUnchanged() throws Exception {
        MachineEnvironment read = Json.MAPPER.readValue(WRITTEN, MachineEnvironment.class);
        assertEquals(WRITTEN, Json.MAPPER.writeValueAsString(read));
        assertEquals(215L, read.calibration().floorRttP50Ns());
        assertEquals(17, read.jvm().feature());
        assertNull(NullOrAbsent.text(read.cpuGovernor()));
        assertNull(read.loadAverage());
        assertEquals("2600.0", NullOrAbsent.text(read.cpuFrequencyMHz()));
    }
}
