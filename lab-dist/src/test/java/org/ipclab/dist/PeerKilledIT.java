package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a peer JVM mid-case, in a process pool (a worker) and in a queue round trip: that case
 * is failed with a reason, every other case still runs and is ok, the exit code says a case failed,
 * and nothing is left behind.
 */
class PeerKilledIT {
    @TempDir
    Path work;

    @Test
    void shouldFailOnlyTheCasesWhosePeerWasKilled() throws Exception {
        Set<String> shmBefore = Lab.sharedMemoryEntries();
        Path console = work.resolve("console.txt");
        Process run = Lab.start(console, "run", "smoke", "--cases",
                "kind=process;size=4|transport=uds|transport=jvm-handoff", "--out", work.resolve("results").toString());

        // The run shuffles its cases, so each kill waits for its own case, whichever comes first.
        // Workers start one after another, each after the last one's handshake: with the second one up,
        // the first is a working member of the pool, and no batch can start before all four are.
        CompletableFuture<Void> poolKill = CompletableFuture.runAsync(() -> unchecked(() -> {
            ProcessHandle worker = Lab.awaitJvms(Lab.peer("PoolWorkerRole", null), 2, run).get(0);
            Lab.signal("KILL", worker);
        }));
        // The uds responder makes its socket file after its handshake, then serves the round trips.
        CompletableFuture<Void> udsKill = CompletableFuture.runAsync(() -> unchecked(() -> {
            ProcessHandle responder = Lab.awaitJvms(Lab.peer("ResponderRole", "uds"), 1, run).get(0);
            Lab.awaitPrivateFile(run, "peer.sock");
            Lab.signal("KILL", responder);
        }));
        poolKill.get(60, TimeUnit.SECONDS);
        udsKill.get(60, TimeUnit.SECONDS);

        assertEquals(1, Lab.await(run, 120, console), Files.readString(console));
        RunResults results = RunResults.read(Lab.onlyRunFolder(work.resolve("results")));
        assertEquals("complete", results.status());
        // The pool's next task on the dead worker fails, and that names the death; the link sees the
        // responder's exit status, SIGKILL's 128 + 9.
        assertEquals("failed:worker-died", results.caseStatus("process/pool/"));
        assertEquals("failed:peer-sigkill", results.caseStatus("transport=uds"));
        for (String other : List.of("calibration/floor", "transport=jvm-handoff")) {
            assertEquals("ok", results.caseStatus(other), other + " must still run and be ok");
        }
        assertEquals(List.of(), Lab.awaitNoLabProcesses(5, run));
        assertEquals(Set.of(), Lab.leftBehind(shmBefore));
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void unchecked(Action action) {
        try {
            action.run();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
