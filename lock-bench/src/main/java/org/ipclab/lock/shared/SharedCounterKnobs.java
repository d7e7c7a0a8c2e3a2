package org.ipclab.lock.shared;

import java.time.Duration;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.lock.strategy.Strategies;

/** The cross-process {@code counter} case's knobs: a cross-process strategy, 2+ processes, the suite's rounds. */
public record SharedCounterKnobs(Suite suite, String strategy, int processes) implements CaseKnobs {

    public SharedCounterKnobs {
        CaseKnobs.atLeast("processes", processes, 2);
        if (!Strategies.CROSS_PROCESS.contains(strategy)) {
            throw new IllegalArgumentException("strategy=" + strategy + " is not cross-process (valid: "
                    + String.join(", ", Strategies.CROSS_PROCESS) + ")");
        }
    }

    @Override
    public String caseName() {
        return "counter";
    }

    @Override
    public Params params() {
        return Params.of("strategy", strategy, "processes", processes);
    }

    @Override
    public Duration expected() {
        return Duration.ofMillis(suite.pick(1000, 1200, 3000));
    }

    /** The knobs a peer was given as one argument ({@link #encode()}). */
    public static SharedCounterKnobs decode(String argument) {
        Encoded encoded = Encoded.of(argument);
        return new SharedCounterKnobs(encoded.suite(), encoded.params().get("strategy"),
                encoded.params().getInt("processes"));
    }

    /** Increments per process and round. */
    public int increments() {
        return suite.pick(20_000, 50_000, 100_000);
    }

    /** Measured rounds, after the warm-up round. */
    public int rounds() {
        return suite.pick(3, 3, 5);
    }
}
