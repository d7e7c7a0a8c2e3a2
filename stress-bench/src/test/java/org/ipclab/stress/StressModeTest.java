package org.ipclab.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class StressModeTest {
    @Test
    void shouldLetAGivenOptionReplaceTheModesOwn() {
        assertEquals(List.of("-m", "quick", "-c", "2"), StressMode.LONG.commandLine(List.of("-m", "quick", "-c", "2")));
        assertEquals(List.of("-m", "default", "-t", "Ring"), StressMode.LONG.commandLine(List.of("-t", "Ring")));
    }

    @Test
    void shouldNameModesByTheirLabels() {
        assertEquals(StressMode.SHORT, StressMode.named("short"));
        assertNull(StressMode.named("SHORT"));
        assertEquals("short, long", StressMode.labels());
    }
}
