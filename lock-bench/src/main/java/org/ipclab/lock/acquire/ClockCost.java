package org.ipclab.lock.acquire;

import java.util.Collections;
import org.ipclab.core.calibration.OpCost;
import org.ipclab.lock.strategy.CounterStrategy;

/**
 * Decides how many operations one timestamp pair covers. When a {@code System.nanoTime} costs more
 * than the operation (25-40 ns here, against ~10-20 ns for an uncontended lock), timing each op alone
 * would mostly measure the clock, so ops are timed in batches that keep the clock under a tenth of
 * the sample.
 */
final class ClockCost {
    private static final int MAX_BATCH = 1000;

    private ClockCost() {
    }

    private static final int ROUNDS = 5;
    private static final int PROBE_BATCH = 100;
    private static final int NANOTIME_CALLS = 200_000;
    /** Always 0: read once per operation only to separate one critical section from the next. */
    private static volatile int separator;

    /** Cost of one nanoTime call, ns: the best of a few rounds, so a cold first round does not count. */
    static double nanoTimeNs() {
        return Collections.min(OpCost.nanoTime(ROUNDS, NANOTIME_CALLS));
    }

    /** Cost of one uncontended operation, ns (this thread alone), best of a few rounds for the same reason. */
    static double operationNs(CounterStrategy counter) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < ROUNDS; r++) {
            best = Math.min(best, operationRound(counter));
        }
        return best;
    }

    /** Times like the measurement does (same method, same shape), so the JIT treats both alike. */
    private static double operationRound(CounterStrategy counter) {
        int batches = 2_000;
        long total = 0;
        for (int i = 0; i < batches; i++) {
            total += timeBatch(counter, PROBE_BATCH);
        }
        return (double) total / ((long) batches * PROBE_BATCH);
    }

    /**
     * Runs {@code batch} increments between two clock reads; returns the elapsed ns. The volatile read
     * between operations (JMH's loop has one too) keeps C2 from coarsening consecutive synchronized
     * blocks into one lock, which would time one acquire per unrolled group instead of per operation.
     * The estimate above uses this very method so that both are compiled alike.
     */
    static long timeBatch(CounterStrategy counter, int batch) {
        int seen = 0;
        long start = System.nanoTime();
        for (int b = 0; b < batch; b++) {
            counter.increment(0);
            seen |= separator;
        }
        return System.nanoTime() - start + seen;
    }

    /** Operations per sample: 1 when the op dwarfs the clock, else enough to make the clock a tenth. */
    static int batch(double operationNs, double clockNs) {
        if (operationNs >= 10 * clockNs) {
            return 1;
        }
        return (int) Math.min(MAX_BATCH, Math.ceil(10 * clockNs / Math.max(operationNs, 0.1)));
    }
}
