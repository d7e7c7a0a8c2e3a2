package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A peer that stops answering without exiting (kill -STOP): the case times out, the peer is killed
 * (a stopped process still dies of SIGKILL), and the run goes on. A queue case bounds its own waits;
 * a process pool waits longer than any smoke case should, so there --case-timeout keeps the test short.
 */
class HungPeerIT {
    @TempDir
    Path work;

    @Test
    void shouldTimeOutAQueueCaseWhosePeerHangs() throws Exception {
        Set<String> shmBefore = Lab.sharedMemoryEntries();
        Path console = work.resolve("console.txt");
        Process run = Lab.start(console, "run", "smoke", "--cases", "transport=(uds|jvm-handoff)",
                "--out", work.resolve("results").toString());
        ProcessHandle peer = Lab.awaitJvms(Lab.peer("ResponderRole", "uds"), 1, run).get(0);
        // Its socket file shows the peer is past its handshake and serving: hang it there.
        Lab.awaitPrivateFile(run, "peer.sock");
        Lab.signal("STOP", peer);

        assertEquals(1, Lab.await(run, 120, console), Files.readString(console));
        RunResults results = RunResults.read(Lab.onlyRunFolder(work.resolve("results")));
        assertEquals("failed:timeout", results.caseStatus("transport=uds"));
        assertEquals("ok", results.caseStatus("transport=jvm-handoff"), "the run goes on");
        assertFalse(peer.isAlive(), "the hung peer must be killed");
        assertEquals(List.of(), Lab.awaitNoLabProcesses(5, run));
        assertEquals(Set.of(), Lab.leftBehind(shmBefore));
    }

    @Test
    void shouldKillACaseWhosePoolWorkerHangsAtTheCaseTimeout() throws Exception {
        Set<String> shmBefore = Lab.sharedMemoryEntries();
        Path console = work.resolve("console.txt");
        Process run = Lab.start(console, "run", "smoke", "--case-timeout", "10", "--cases",
                "kind=process;size=4|transport=jvm-handoff", "--out", work.resolve("results").toString());
        ProcessHandle worker = Lab.awaitJvms(Lab.peer("PoolWorkerRole", null), 1, run).get(0);
        Lab.signal("STOP", worker);

        assertEquals(1, Lab.await(run, 120, console), Files.readString(console));
        RunResults results = RunResults.read(Lab.onlyRunFolder(work.resolve("results")));
        assertEquals("10 s", results.runJson().get("config").get("caseTimeout").asText());
        assertEquals("failed:timeout", results.caseStatus("process/pool/"));
        assertEquals("ok", results.caseStatus("transport=jvm-handoff"), "the run goes on");
        assertTrue(results.caseEntry("process/pool/").get("seconds").asDouble() >= 10, "killed at the limit");
        assertFalse(worker.isAlive(), "the hung worker must be killed");
        assertEquals(List.of(), Lab.awaitNoLabProcesses(5, run));
        assertEquals(Set.of(), Lab.leftBehind(shmBefore));
    }
}
