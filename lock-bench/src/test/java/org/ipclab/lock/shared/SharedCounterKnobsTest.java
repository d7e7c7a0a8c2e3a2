package org.ipclab.lock.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ipclab.core.Suite;
import org.junit.jupiter.api.Test;

class SharedCounterKnobsTest {

    @Test
    void shouldReachThePeerAsOneArgumentAndComeBackEqual() {
        SharedCounterKnobs knobs = new SharedCounterKnobs(Suite.QUICK, "shm-cas", 3);

        assertEquals("quick processes=3;strategy=shm-cas", knobs.encode());
        assertEquals(knobs, SharedCounterKnobs.decode(knobs.encode()));
        assertEquals(knobs.increments(), SharedCounterKnobs.decode(knobs.encode()).increments());
    }

    @Test
    void shouldCheckDecodedKnobsAsWhenTheyWereMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SharedCounterKnobs.decode("quick processes=1;strategy=shm-cas"));
        assertTrue(e.getMessage().contains("processes=1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SharedCounterKnobs.decode("processes=2;strategy=shm-cas"));
    }
}
