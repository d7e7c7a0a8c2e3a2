package org.ipclab.lock.acquire;

import java.time.Duration;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.lock.strategy.Strategies;

/** The {@code acquire} case's knobs: an in-process strategy, 1+ threads, and the suite's warm-up and measured time. */
public record AcquireKnobs(Suite suite, String strategy, int threads) implements CaseKnobs {
    /** The clock and uncontended-operation probes, thread starts and JIT before and after the timed phases. */
    private static final Duration AROUND = Duration.ofMillis(500);

    public AcquireKnobs {
        Strategies.known(strategy);
        CaseKnobs.atLeast("threads", threads, 1);
    }

    @Override
    public String caseName() {
        return "acquire";
    }

    @Override
    public Params params() {
        return Params.of("strategy", strategy, "threads", threads);
    }

    @Override
    public Duration expected() {
        return AROUND.plusMillis(warmMs() + measureMs());
    }

    public long warmMs() {
        return suite.pick(200, 200, 500);
    }

    public long measureMs() {
        return suite.pick(300, 500, 1000);
    }
}
