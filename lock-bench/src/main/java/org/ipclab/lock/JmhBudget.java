package org.ipclab.lock;

import java.time.Duration;
import org.ipclab.core.Jmh;
import org.ipclab.core.Suite;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The lock module's JMH iterations per suite, and how long one fork of them takes. */
public final class JmhBudget {
    private static final Duration FORK_START = Duration.ofMillis(1000);
    // Quick runs ~25 JMH cases in this module, each in several lab forks (a fresh JMH fork each): 1 + 3
    // iterations of 100 ms keep a fork short, and 100 ms still holds millions of lock operations. compare
    // counts forks, not iterations.
    private static final int QUICK_WARMUP = 1;
    private static final int QUICK_MEASURED = 3;
    private static final int QUICK_ITERATION_MS = 100;

    private JmhBudget() {
    }

    /** The lab's options for the suite, with quick's iterations shortened as above. */
    public static ChainedOptionsBuilder options(Suite suite, String includeRegex) {
        ChainedOptionsBuilder options = Jmh.options(suite, includeRegex);
        if (suite == Suite.QUICK) {
            TimeValue iteration = TimeValue.milliseconds(QUICK_ITERATION_MS);
            options.warmupIterations(QUICK_WARMUP).warmupTime(iteration)
                    .measurementIterations(QUICK_MEASURED).measurementTime(iteration);
        }
        return options;
    }

    public static Duration of(Suite suite) {
        int iterations = suite.pick(1 + 3, QUICK_WARMUP + QUICK_MEASURED, 1 + 4);
        int millis = suite.pick(100, QUICK_ITERATION_MS, 250);
        return FORK_START.plusMillis((long) iterations * millis);
    }
}
