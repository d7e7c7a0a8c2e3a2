package org.ipclab.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.ipclab.core.LatencyRecorder;
import org.junit.jupiter.api.Test;

class CSamplesTest {
    private static CSamples read(String text) throws IOException {
        return CSamples.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void shouldReadEveryIntervalWithItsTimesAndSamples() throws IOException {
        CSamples samples = read("ipclab-c 1\nwarmup 12\ninterval 1000 1025 3\n100\n200\n300\ninterval 1025 1050 1\n4000\nend 2 4\n");

        assertEquals(12, samples.warmup());
        assertEquals(4, samples.count());
        assertEquals(2, samples.intervals().size());
        LatencyRecorder.Interval first = samples.intervals().get(0);
        assertEquals(1000, first.startMs());
        assertEquals(1025, first.endMs());
        assertEquals(200, first.histogram().getValueAtPercentile(50), 1);
        assertEquals(4000, samples.intervals().get(1).histogram().getMaxValue(), 4);
    }

    @Test
    void shouldRefuseAStreamThatWasCutShort() {
        String whole = "ipclab-c 1\nwarmup 0\ninterval 1 2 3\n100\n200\n300\nend 1 3\n";
        for (String cut : new String[] {"", "ipclab-c 1\n", whole.substring(0, whole.indexOf("300")),
                whole.substring(0, whole.indexOf("end"))}) {
            assertThrows(CSamples.CorruptSamplesException.class, () -> read(cut), cut);
        }
    }

    @Test
    void shouldRefuseCountsThatDoNotAddUpAndValuesThatAreNoLatency() {
        CSamples.CorruptSamplesException e = assertThrows(CSamples.CorruptSamplesException.class,
                () -> read("ipclab-c 1\nwarmup 0\ninterval 1 2 1\n100\nend 1 2\n"));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
        assertThrows(CSamples.CorruptSamplesException.class, () -> read("ipclab-c 1\nwarmup 0\ninterval 1 2 1\n-5\nend 1 1\n"));
        assertThrows(CSamples.CorruptSamplesException.class, () -> read("ipclab-c 1\nwarmup 0\ninterval 1 2 1\nfast\nend 1 1\n"));
        assertThrows(CSamples.CorruptSamplesException.class, () -> read("ipclab-c 2\nwarmup 0\nend 0 0\n"));
    }
}
