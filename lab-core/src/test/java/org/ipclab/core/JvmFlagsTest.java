package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmFlagsTest {
    @Test
    void shouldPutTheUsersFlagsAfterTheStandardOnesSoTheyWin() {
        assertEquals(JvmFlags.STANDARD, JvmFlags.withUserFlags(List.of(), List.of()));
        List<String> flags = JvmFlags.withUserFlags(List.of(), List.of("-Xmx2g"));
        assertEquals("-Xmx2g", flags.get(flags.size() - 1), "the last -Xmx is the one the JVM takes");
        assertTrue(flags.contains("-XX:+UseParallelGC"));
    }

    /** A module's own flags (its libraries' access to JDK internals) come after the lab's and before the user's. */
    @Test
    void shouldPutAModulesFlagsBetweenTheStandardOnesAndTheUsers() {
        String module = "--add-opens=java.base/java.lang=ALL-UNNAMED";
        List<String> flags = JvmFlags.withUserFlags(List.of(module), List.of("-Xmx2g"));
        assertEquals(JvmFlags.STANDARD, flags.subList(0, JvmFlags.STANDARD.size()));
        assertEquals(List.of(module, "-Xmx2g"), flags.subList(JvmFlags.STANDARD.size(), flags.size()));
        assertTrue(JvmFlags.STANDARD.stream().noneMatch(f -> f.startsWith("--add-")),
                "no module's access to JDK internals in every JVM: on JDK 25 it slows every start and refuses class-data archives");
    }

    /** Two collectors and the JVM refuses to start: the one the user picks replaces the standard one. */
    @Test
    void shouldReplaceTheStandardCollectorWithTheOneTheUserPicks() {
        List<String> flags = JvmFlags.withUserFlags(List.of(), List.of("-XX:+UseSerialGC"));
        assertFalse(flags.contains("-XX:+UseParallelGC"), flags.toString());
        assertEquals(1, flags.stream().filter(f -> f.matches("-XX:\\+Use\\w*GC")).count(), flags.toString());
        assertEquals(JvmFlags.STANDARD.size(), flags.size());
    }

    /** The run's class-data archive goes to JMH's forks only; a user's own archive flag is handed on as ever. */
    @Test
    void shouldKeepTheRunsArchiveFromPeersButNotTheUsers() {
        String run = "/dev/shm/ipclab-1-2";
        List<String> flags = List.of("-Xmx1g", JvmFlags.USE_ARCHIVE + run + "/queue.jsa", "-Dx=1");
        assertEquals(List.of("-Xmx1g", "-Dx=1"), JvmFlags.handedOn(flags, run));
        assertEquals(List.of(JvmFlags.USE_ARCHIVE + run + "/queue.jsa"), JvmFlags.runArchive(flags, run));
        assertEquals(List.of("-Xmx1g", "-Dx=1"), JvmFlags.handedOn(List.of("-Xmx1g", JvmFlags.WRITE_ARCHIVE + run + "/lock.jsa", "-Dx=1"), run));
        List<String> users = List.of(JvmFlags.USE_ARCHIVE + "/home/me/app.jsa");
        assertEquals(users, JvmFlags.handedOn(users, run));
        assertEquals(List.of(), JvmFlags.runArchive(users, run));
        assertEquals(flags, JvmFlags.handedOn(flags, null), "outside a run nothing is the run's");
    }

    @Test
    void shouldNameTheRunsArchiveWithoutItsPrivateFolderAndLeaveOutTheForksTempFolder() {
        String run = "/dev/shm/ipclab-7-8";
        List<String> flags = List.of("-Xmx1g", JvmFlags.USE_ARCHIVE + run + "/queue.jsa", "-Dipclab.run.private=" + run,
                JvmFlags.TEMP_DIR + run + "/f3/tmp", JvmFlags.USE_ARCHIVE + "/home/me/app.jsa");
        assertEquals(List.of("-Xmx1g", JvmFlags.USE_ARCHIVE + "<run>/queue.jsa", "-Dipclab.run.private=" + run,
                JvmFlags.USE_ARCHIVE + "/home/me/app.jsa"), JvmFlags.comparable(flags));
        List<String> users = List.of(JvmFlags.TEMP_DIR + "/scratch", "-Dipclab.run.private=" + run);
        assertEquals(users, JvmFlags.comparable(users), "a temp folder of the user's own is a difference to show");
    }
}
