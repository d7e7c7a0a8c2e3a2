package org.ipclab.process.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every pool kind must do: run a batch, return every task's own answer, leave nothing running. */
abstract class TaskPoolContractTest {

    abstract TaskPool open() throws Exception;

    @Test
    void shouldReturnEveryTasksOwnAnswer() throws Exception {
        try (TaskPool pool = open()) {
            for (Work work : Work.values()) {
                long[] seeds = {11, 12, 13, 14, 15, 16};
                long[] expected = new long[seeds.length];
                for (int i = 0; i < seeds.length; i++) {
                    expected[i] = work.expected(seeds[i]);
                }

                PoolBatch.Outcome outcome = PoolBatch.run(pool, work, seeds, expected);

                assertEquals(List.of(), outcome.failures(), work.param());
                assertEquals(seeds.length, outcome.taskNs().length);
                for (long ns : outcome.taskNs()) {
                    // Each task is submitted after the batch starts and done before it ends.
                    assertTrue(ns > 0 && ns <= outcome.batchNs(), work.param() + ": task " + ns + " ns in a batch of "
                            + outcome.batchNs() + " ns");
                }
            }
        }
    }

    @Test
    void shouldCatchAWrongAnswer() throws Exception {
        try (TaskPool pool = open()) {
            PoolBatch.Outcome outcome = PoolBatch.run(pool, Work.NONE, new long[] {1, 2},
                    new long[] {Work.NONE.expected(1), Work.NONE.expected(2) + 1});

            assertEquals(1, outcome.failed());
            assertTrue(outcome.failures().get(0).startsWith("task 1: wrong answer"), outcome.failures().toString());
            assertEquals(-1, outcome.taskNs()[1], "a wrong answer is no timing");
            assertTrue(outcome.taskNs()[0] > 0);
        }
    }

    @Test
    void shouldLeaveNoWorkerRunningAfterClose() throws Exception {
        List<Long> pids;
        try (TaskPool pool = open()) {
            CompletableFuture<Long> answer = pool.submit(Work.NONE, 7);
            assertEquals(Work.NONE.expected(7), answer.get(60, TimeUnit.SECONDS));
            pids = pool.startedPids();
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "worker " + pid);
        }
    }
}
