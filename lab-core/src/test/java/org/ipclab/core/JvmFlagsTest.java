package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmFlagsTest {
    @Test
    void shouldPutTheUsersFlagsAfterTheStandardOnesSoTheyWin() {
        assertEquals(JvmFlags.STANDARD, JvmFlags.withUserFlags(List.of()));
        List<String> flags = JvmFlags.withUserFlags(List.of("-Xmx2g"));
        assertEquals("-Xmx2g", flags.get(flags.size() - 1), "the last -Xmx is the one the JVM takes");
        assertTrue(flags.contains("-XX:+UseParallelGC"));
    }

    /** Two collectors and the JVM refuses to start: the one the user picks replaces the standard one. */
    @Test
    void shouldReplaceTheStandardCollectorWithTheOneTheUserPicks() {
        List<String> flags = JvmFlags.withUserFlags(List.of("-XX:+UseSerialGC"));
        assertFalse(flags.contains("-XX:+UseParallelGC"), flags.toString());
        assertEquals(1, flags.stream().filter(f -> f.matches("-XX:\\+Use\\w*GC")).count(), flags.toString());
        assertEquals(JvmFlags.STANDARD.size(), flags.size());
    }
}
