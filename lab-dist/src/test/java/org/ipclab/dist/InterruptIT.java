package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ipclab.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner interrupted mid-case, while the case holds shared files (Aeron's driver folder, Chronicle's
 * queue folders): within seconds every case and peer JVM is gone, run.json is valid and says
 * interrupted, summary.csv holds every finished case, and no private file remains.
 */
class InterruptIT {
    @TempDir
    Path work;

    @Test
    void shouldFileTheRunAsInterruptedOnSigtermToTheRunner() throws Exception {
        Set<String> shmBefore = Lab.sharedMemoryEntries();
        Path console = work.resolve("console.txt");
        Process run = Lab.start(console, "run", "smoke", "--cases", "transport=(mmap|chronicle|fifo)",
                "--out", work.resolve("results").toString());
        awaitMidCase(run, "chronicle", "to-peer.cq");
        int filedBefore = casesFiled(); // mid-case, so no other case can end before the signal
        run.destroy(); // SIGTERM to the runner alone
        assertEquals(143, Lab.await(run, 30, console), Files.readString(console));
        assertInterruptedAndClean(run, work.resolve("results"), shmBefore, console, "chronicle", filedBefore);
    }

    @Test
    void shouldFileTheRunAsInterruptedOnCtrlCToTheProcessGroup() throws Exception {
        Set<String> shmBefore = Lab.sharedMemoryEntries();
        Path console = work.resolve("console.txt");
        Process run = Lab.startInOwnGroup(console, "run", "smoke", "--cases", "transport=(mmap|aeron|fifo)",
                "--out", work.resolve("results").toString());
        awaitMidCase(run, "aeron", "aeron");
        int filedBefore = casesFiled();
        Lab.signal("INT", "-" + run.pid()); // what Ctrl-C does: every process of the group gets SIGINT
        assertEquals(130, Lab.await(run, 30, console), Files.readString(console));
        assertInterruptedAndClean(run, work.resolve("results"), shmBefore, console, "aeron", filedBefore);
    }

    /** Waits until the calibration is filed and the case's peer is up with its shared folder made (cases run shuffled). */
    private void awaitMidCase(Process run, String transport, String sharedFolder) throws Exception {
        Lab.awaitJvms(Lab.peer("ResponderRole", transport), 1, run);
        for (int i = 0; i < 1500; i++) {
            assertTrue(run.isAlive(), "the run ended before it could be interrupted");
            if (casesFiled() >= 1 && Lab.holds(run.pid(), sharedFolder)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the " + transport + " case never got going");
    }

    private int casesFiled() throws Exception {
        Path results = work.resolve("results");
        if (!Files.isDirectory(results)) {
            return 0;
        }
        Path runJson = Lab.onlyRunFolder(results).resolve("run.json");
        return Files.exists(runJson) ? Json.MAPPER.readTree(runJson.toFile()).get("cases").size() : 0;
    }

    private static void assertInterruptedAndClean(Process run, Path results, Set<String> shmBefore, Path console,
                                                  String interrupted, int filedBefore) throws Exception {
        assertEquals(List.of(), Lab.awaitNoLabProcesses(5, run), "every case and peer JVM must be gone");
        RunResults filed = RunResults.read(Lab.onlyRunFolder(results));
        assertEquals("interrupted", filed.status());
        assertTrue(filed.runJson().hasNonNull("end"));
        assertTrue(filed.caseKeys().stream().anyMatch(k -> k.contains("calibration")), "the calibration, finished first, is kept");
        filed.rows().forEach(r -> assertTrue(r.ok() || r.overCapacity(), "a case finished before the signal stays as it was: " + r));
        assertFalse(filed.caseKeys().stream().anyMatch(k -> k.contains(interrupted)), "the case cut short is not filed");
        assertEquals(filedBefore, filed.caseKeys().size(), "no case after the signal");
        assertEquals(Set.of(), Lab.leftBehind(shmBefore), "no private folder, Aeron or Chronicle files left");
        assertTrue(Files.readString(console).contains("interrupted: finished cases are in"));
    }
}
