package org.ipclab.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RowStatusTest {
    @ParameterizedTest
    @ValueSource(strings = {"ok", "over-capacity", "failed:peer-sigkill", "skipped:needs-jdk21",
        "skipped:no-space(/dev/shm: 1.0 MiB free; 24.0 MiB needed)"})
    void shouldReadBackWhatItWrites(String written) {
        assertEquals(written, RowStatus.parse(written).toString());
    }

    @Test
    void shouldMakeAReasonOnePlainWord() {
        assertEquals("failed:peer-exited-code-137-see-log", RowStatus.failed("Peer exited (code 137), see log").toString());
        assertEquals("skipped:unknown", RowStatus.skipped("  ").toString());
        assertTrue(RowStatus.failed("timeout").failed());
        assertTrue(RowStatus.skipped("no-cc").skipped());
    }

    @Test
    void shouldRefuseWhatSummaryCsvCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> RowStatus.parse("failed:a,b"));
        assertThrows(IllegalArgumentException.class, () -> RowStatus.parse("broken"));
        assertThrows(IllegalArgumentException.class, () -> RowStatus.parse("failed:"));
        assertThrows(IllegalArgumentException.class, () -> new RowStatus(RowStatus.Kind.OK, "why"));
    }
}
