package org.ipclab.lock.counter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.lock.ThreadGang;
import org.ipclab.lock.strategy.CounterStrategy;
import org.ipclab.lock.strategy.Strategies;

/**
 * The invariant behind every counter number: N threads each increment K times under the strategy,
 * and the final count must be N*K. Returns the updates lost (N*K minus the final count) per repetition.
 */
public final class LostUpdateCheck {
    private static final Duration BOUND = Duration.ofSeconds(60);

    private final String strategy;
    private final int threads;
    private final int increments;
    private final int work;

    public LostUpdateCheck(String strategy, int threads, int increments, int work) {
        this.strategy = strategy;
        this.threads = threads;
        this.increments = increments;
        this.work = work;
    }

    public long expected() {
        return (long) threads * increments;
    }

    /** One repetition on a fresh counter: the updates it lost. */
    public long runOnce() throws Exception {
        CounterStrategy counter = Strategies.create(strategy);
        ThreadGang.run("counter-" + strategy, threads, BOUND, i -> {
            for (int k = 0; k < increments; k++) {
                counter.increment(work);
            }
        });
        return expected() - counter.value();
    }

    /**
     * Up to {@code repetitions}, at least one, none started once {@code budget} has passed: a fair lock
     * handing over between 8 threads on 2 CPUs takes ~12 s a repetition here, the others milliseconds.
     */
    public List<Long> run(int repetitions, Duration budget) throws Exception {
        long start = System.nanoTime();
        List<Long> lost = new ArrayList<>();
        do {
            lost.add(runOnce());
        } while (lost.size() < repetitions && System.nanoTime() - start < budget.toNanos());
        return lost;
    }
}
