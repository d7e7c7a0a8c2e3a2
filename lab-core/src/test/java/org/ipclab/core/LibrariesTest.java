package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibrariesTest {
    @Test
    void shouldNameEveryMeasuredLibraryWithTheVersionTheBuildFilledIn() {
        Map<String, String> versions = Libraries.measured();

        assertEquals(List.of("com.lmax:disruptor", "io.aeron:aeron-client", "io.aeron:aeron-driver", "net.openhft:chronicle-queue",
                "org.agrona:agrona", "org.hdrhistogram:HdrHistogram", "org.jctools:jctools-core", "org.openjdk.jmh:jmh-core"),
                List.copyOf(versions.keySet()));
        versions.forEach((coordinate, version) -> assertTrue(version.matches("\\d+(\\.\\d+)+([.-]?[A-Za-z0-9]+)*"),
                coordinate + "=" + version));
    }

    /** Aeron's client and driver are one release: the record must not let them drift apart. */
    @Test
    void shouldRecordOneAeronReleaseForClientAndDriver() {
        Map<String, String> versions = Libraries.measured();

        assertEquals(versions.get("io.aeron:aeron-client"), versions.get("io.aeron:aeron-driver"));
    }
}
