package org.ipclab.lock;

import java.time.Duration;
import org.ipclab.core.Suite;

/** How long one JMH fork of {@code Jmh.options(suite, ..)} takes: its iterations plus a JVM start. */
public final class JmhBudget {
    private static final Duration FORK_START = Duration.ofMillis(1000);

    private JmhBudget() {
    }

    public static Duration of(Suite suite) {
        int iterations = suite.pick(1 + 3, 2 + 5, 3 + 10);
        int millis = suite.pick(200, 500, 1000);
        return FORK_START.plusMillis((long) iterations * millis);
    }
}
