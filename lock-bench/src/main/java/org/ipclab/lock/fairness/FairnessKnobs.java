package org.ipclab.lock.fairness;

import java.time.Duration;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.lock.strategy.Strategies;

/** The {@code fairness} case's knobs: an in-process strategy, 1+ threads, and the suite's timed runs. */
public record FairnessKnobs(Suite suite, String strategy, int threads) implements CaseKnobs {

    public FairnessKnobs {
        Strategies.known(strategy);
        CaseKnobs.atLeast("threads", threads, 1);
    }

    @Override
    public String caseName() {
        return "fairness";
    }

    @Override
    public Params params() {
        return Params.of("strategy", strategy, "threads", threads);
    }

    @Override
    public Duration expected() {
        return Duration.ofMillis(suite.pick(1000, 1200, 1600));
    }

    public int repetitions() {
        return 3;
    }

    /** How long each repetition lets the threads increment. */
    public long runMs() {
        return suite.pick(200, 200, 300);
    }
}
