package org.ipclab.process.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One batch: submit every task at once, wait for all, check every answer. Per-task latency runs from
 * the task's submit to its completion; the batch time from the first submit to the last completion.
 */
final class PoolBatch {
    static final long TIMEOUT_S = 120;

    /** What a batch gave: its time, each task's latency (-1 for a failed task), and what went wrong. */
    record Outcome(long batchNs, long[] taskNs, List<String> failures) {
        int failed() {
            return failures.size();
        }
    }

    private PoolBatch() {
    }

    static Outcome run(TaskPool pool, Work work, long[] seeds, long[] expected)
            throws InterruptedException, TimeoutException {
        int n = seeds.length;
        long[] submitted = new long[n];
        long[] done = new long[n];
        List<CompletableFuture<Long>> futures = new ArrayList<>(n);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int task = i;
            submitted[i] = System.nanoTime();
            // The derived stage completes after done[task] is written, so joining it makes the write visible.
            futures.add(pool.submit(work, seeds[i]).whenComplete((answer, error) -> done[task] = System.nanoTime()));
        }
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // some task failed: each one is looked at below
        }
        long[] taskNs = new long[n];
        long last = start;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try {
                long answer = futures.get(i).join();
                taskNs[i] = done[i] - submitted[i];
                last = Math.max(last, done[i]);
                if (answer != expected[i]) {
                    failures.add("task " + i + ": wrong answer " + answer + ", expected " + expected[i]);
                    taskNs[i] = -1;
                }
            } catch (RuntimeException e) {
                failures.add("task " + i + ": " + (e.getCause() == null ? e : e.getCause()).getMessage());
                taskNs[i] = -1;
                last = Math.max(last, done[i]);
            }
        }
        return new Outcome(last - start, taskNs, failures);
    }
}
