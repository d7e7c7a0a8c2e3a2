package org.ipclab.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.ipclab.core.Json;
import org.junit.jupiter.api.Test;

/** The config reads every key run.json may hold and writes it back as it was: order, nulls, absences. */
class RunConfigTest {
    private static final String WRITTEN = """
            {
              "suite" : "quick",
              "cases" : ".*",
              "pin" : null,
              "forks" : 4,
              "seed" : 8875055205424197618,
              "placements" : [ "os" ],
              "exclusive" : false,
              "jvmArgs" : [ ],
              "peerHost" : "far:7000",
              "profile" : [ ],
              "caseTimeout" : "4 x expected + 60 s",
              "side" : "B",
              "interleavedWith" : "20261203-143623-vm-quick",
              "fromANewerLab" : true
            }""";

    @Test
    void shouldWriteBackWhatItReadUnchanged() throws Exception {
        RunConfig read = Json.MAPPER.readValue(WRITTEN, RunConfig.class);
        assertEquals(WRITTEN, Json.MAPPER.writeValueAsString(read));
        assertNull(NullOrAbsent.text(read.pin()));
        assertNull(read.out());
        assertEquals("far:7000", NullOrAbsent.text(read.peerHost()));
        assertEquals(8875055205424197618L, read.seed());
        assertEquals("B", read.side());
        assertEquals("20261203-143623-vm-quick", read.interleavedWith());
        assertEquals(read, read.interleaved("B", "20261203-143623-vm-quick"));
    }
}
