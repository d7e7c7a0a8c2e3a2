package org.ipclab.lock.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.lock.CaseRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bounds here are hang guards, not performance thresholds: each scenario takes well under a second. */
class DeadlockCaseTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(40);

    @Test
    void shouldDetectTheUnorderedDeadlockReportTheCycleAndRecover() {
        long[] tookNs = new long[1];
        UnorderedDeadlock.Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> {
            long start = System.nanoTime();
            UnorderedDeadlock.Outcome provoked = new UnorderedDeadlock().provoke();
            tookNs[0] = System.nanoTime() - start;
            return provoked;
        });
        assertTrue(outcome.cycle().isPresent(), "ThreadMXBean found no deadlock");
        List<String> links = outcome.cycle().get().links();
        assertEquals(2, links.size(), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.startsWith("deadlock-0 waits for") && l.endsWith("held by deadlock-1")),
                links.toString());
        // Detection is timed from the moment both threads hold their first lock: inside the whole provocation.
        assertTrue(outcome.detectNs() > 0 && outcome.detectNs() < tookNs[0],
                "detected after " + outcome.detectNs() + " ns of a provocation that took " + tookNs[0] + " ns");
        assertTrue(outcome.recovered(), "threads did not back out and free both locks");
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("deadlock-") && t.isAlive()), "a deadlocked thread is still alive");
    }

    @Test
    void shouldReportDetectRowsForEveryProvokedDeadlock(@TempDir Path dir) throws Exception {
        CaseResult result = assertTimeoutPreemptively(HANG_GUARD,
                () -> CaseRig.run(new DeadlockCase(new DeadlockKnobs(Suite.SMOKE, "unordered")), dir));
        ResultRow detect = CaseRig.row(result, "detect");
        assertEquals("ok", detect.status().toString());
        assertEquals(3, detect.count());
        assertEquals("ns", detect.unit().text());
        assertTrue(0 < detect.p50() && detect.p50() <= detect.max(), detect.toString());
        assertEquals(3, result.facts().get("recovered"));
    }

    @Test
    void shouldFinishOrderedTransfersWithTheBalanceIntact(@TempDir Path dir) throws Exception {
        CaseResult result = assertTimeoutPreemptively(HANG_GUARD,
                () -> CaseRig.run(new DeadlockCase(new DeadlockKnobs(Suite.SMOKE, "ordered")), dir));
        assertEquals(0L, CaseRig.row(result, "balance-drift").max());
        assertEquals("ok", CaseRig.row(result, "throughput").status().toString());
    }

    @Test
    void shouldFinishTryLockTransfersCountingRetries(@TempDir Path dir) throws Exception {
        CaseResult result = assertTimeoutPreemptively(HANG_GUARD,
                () -> CaseRig.run(new DeadlockCase(new DeadlockKnobs(Suite.SMOKE, "trylock")), dir));
        assertEquals(0L, CaseRig.row(result, "balance-drift").max());
        assertEquals(3, CaseRig.row(result, "retries").count());
    }

    @Test
    void shouldRejectAnUnknownScenarioNamingTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DeadlockKnobs(Suite.SMOKE, "random"));
        assertTrue(e.getMessage().contains("unordered, ordered, trylock"), e.getMessage());
    }
}
