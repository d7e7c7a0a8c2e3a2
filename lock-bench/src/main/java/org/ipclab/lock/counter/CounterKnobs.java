package org.ipclab.lock.counter;

import java.time.Duration;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Jmh;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.lock.strategy.Strategies;

/** The {@code counter} case's knobs: an in-process strategy, 1+ threads and 0+ work tokens per increment. */
public record CounterKnobs(Suite suite, String strategy, int threads, int work) implements CaseKnobs {

    public CounterKnobs {
        Strategies.known(strategy);
        CaseKnobs.atLeast("threads", threads, 1);
        CaseKnobs.atLeast("work", work, 0);
    }

    @Override
    public String caseName() {
        return "counter";
    }

    @Override
    public Params params() {
        return Params.of("strategy", strategy, "threads", threads, "work", work);
    }

    @Override
    public Duration expected() {
        return jmh().forkTime().plusMillis(suite.pick(500, 1000, 300));
    }

    /** Brief: quick runs ~25 JMH cases in this module, each in several lab forks. */
    public Jmh.Budget jmh() {
        return Jmh.Budget.brief(suite);
    }

    /** Repetitions of the lost-update check. */
    public int repetitions() {
        return suite.pick(3, 3, 5);
    }
}
