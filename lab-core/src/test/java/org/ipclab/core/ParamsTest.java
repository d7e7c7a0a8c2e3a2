package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParamsTest {
    @Test
    void shouldSortByKeyWhateverTheOrderGiven() {
        assertEquals("size=64;transport=pipe", Params.of("transport", "pipe", "size", 64).toString());
    }

    @Test
    void shouldMakeFileSafeCaseIds() {
        CaseSpec spec = new CaseSpec("queue", "rtt", Params.of("transport", "pipe", "size", 64));
        assertEquals("queue.rtt.size-64_transport-pipe", spec.id());
        assertEquals("queue/rtt/size=64;transport=pipe", spec.key());
        assertEquals("calibration.floor", new CaseSpec("calibration", "floor", Params.NONE).id());
    }

    @Test
    void shouldParseWhatItWrites() {
        Params params = Params.of("threads", 2, "strategy", "reentrant-fair");
        assertEquals(params, Params.parse(params.toString()));
    }

    @Test
    void shouldRefuseSeparatorsInValues() {
        assertThrows(IllegalArgumentException.class, () -> Params.of("k", "a,b"));
        assertThrows(IllegalArgumentException.class, () -> Params.of("k", "a;b"));
    }
}
