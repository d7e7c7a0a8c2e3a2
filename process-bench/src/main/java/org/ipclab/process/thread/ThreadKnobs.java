package org.ipclab.process.thread;

import java.time.Duration;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.process.Counts;

/** The {@code thread} case's knobs: the kind of thread and the suite's warm-up and measured starts. */
public record ThreadKnobs(Suite suite, ThreadKind kind) implements CaseKnobs {

    @Override
    public String caseName() {
        return "thread";
    }

    @Override
    public Params params() {
        return Params.of("kind", kind.param());
    }

    public Counts counts() {
        return suite.pick(new Counts(2_000, 5_000), new Counts(2_000, 5_000), new Counts(5_000, 20_000));
    }

    @Override
    public Duration expected() {
        // Platform start+join: p50 ~70 us; a full run's forks took 2.2 s for 25,000 threads, JVM start included.
        return Duration.ofMillis(200 + counts().total() * 80L / 1000);
    }
}
