package org.ipclab.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ipclab.core.Suite;
import org.junit.jupiter.api.Test;

class SpawnKnobsTest {

    @Test
    void shouldReachTheChildJvmAsOneArgumentAndComeBackEqual() {
        for (SpawnApi api : SpawnApi.values()) {
            for (Mechanism mechanism : Mechanism.values()) {
                SpawnKnobs knobs = new SpawnKnobs(Suite.FULL, api, mechanism);
                assertEquals(knobs, SpawnKnobs.decode(knobs.encode()));
            }
        }
        assertEquals("smoke api=runtime-exec;mechanism=vfork",
                new SpawnKnobs(Suite.SMOKE, SpawnApi.RUNTIME_EXEC, Mechanism.VFORK).encode());
    }
}
