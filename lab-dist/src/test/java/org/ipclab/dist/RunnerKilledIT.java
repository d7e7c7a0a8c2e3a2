package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.PrivateDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the runner mid-case: its case JVM and peers end by themselves, and the next run files the
 * dead run as abandoned and removes its private folder, but never a live run's (one whose owner is alive, or whose owner's
 * pid can't be seen but still holds the folder's lock, as a run in another container would).
 */
class RunnerKilledIT {
    @TempDir
    Path work;

    @Test
    void shouldLeaveNoOrphanAndHaveTheNextRunRemoveOnlyTheDeadRunsFolder() throws Exception {
        Path console = work.resolve("console.txt");
        Process run = Lab.start(console, "run", "smoke", "--cases", "transport=fifo",
                "--out", work.resolve("dead").toString());
        Lab.awaitJvms(Lab.peer("ResponderRole", "fifo"), 1, run);
        Lab.awaitPrivateFile(run, "to-peer.fifo");
        List<Path> deadRunFolders = Lab.privateFoldersOf(run.pid());
        assertEquals(1, deadRunFolders.size());
        run.destroyForcibly(); // SIGKILL: no hook runs, nothing is cleaned
        run.waitFor();

        assertEquals(List.of(), Lab.awaitNoLabProcesses(5, Lab.tokenOf(run)), "case and peer JVMs must end when their parent dies");
        Path stale = deadRunFolders.get(0);
        assertTrue(Files.isDirectory(stale), "the killed run could not clean up");

        Path liveHere = PrivateDir.create(); // a live run's folder: its owner (this JVM) is alive
        Path liveElsewhere = PrivateDir.create(); // its owner holds the lock but its pid can't be seen
        Path moved = liveElsewhere.resolveSibling("ipclab-" + deadPid() + "-other-namespace");
        Files.move(liveElsewhere, moved);
        try {
            Path deadRun = Lab.onlyRunFolder(work.resolve("dead"));
            assertEquals("running", RunResults.read(deadRun).status(), "the killed runner could not file its run");
            Lab.Outcome next = Lab.run(work, 120, "run", "smoke", "--cases", "lock/tickets",
                    "--out", work.resolve("dead").toString());
            assertEquals(0, next.exit(), next.out() + next.err());
            // Housekeeping is progress, on stderr; stdout keeps the results.
            assertTrue(next.err().contains("left by dead runs"), next.err());
            assertTrue(next.err().contains("filed as abandoned (their runner is gone): " + deadRun.getFileName()), next.err());
            RunResults abandoned = RunResults.read(deadRun);
            assertEquals("abandoned", abandoned.status());
            assertEquals("run", abandoned.runJson().path("abandoned").path("noticedBy").asText());
            assertTrue(abandoned.caseKeys().stream().anyMatch(k -> k.contains("calibration")), "finished cases stay");
            assertFalse(Files.exists(stale), "the dead run's private folder must be removed");
            assertTrue(Files.isDirectory(liveHere), "a live run's folder must stay");
            assertTrue(Files.isDirectory(moved), "a folder whose owner holds its lock must stay");
        } finally {
            PrivateDir.deleteTree(liveHere);
            PrivateDir.deleteTree(moved);
        }
    }

    /** A pid no process has now. */
    private static long deadPid() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        return gone.pid();
    }
}
