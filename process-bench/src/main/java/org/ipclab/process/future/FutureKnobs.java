package org.ipclab.process.future;

import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.process.Counts;

/** The {@code future} case's knobs: the way a result comes back and the suite's warm-up and measured tasks. */
public record FutureKnobs(Suite suite, FutureKind kind) implements CaseKnobs {

    @Override
    public String caseName() {
        return "future";
    }

    @Override
    public Params params() {
        return Params.of("kind", kind.param());
    }

    public Counts counts() {
        return suite.pick(new Counts(2_000, 5_000), new Counts(2_000, 5_000), new Counts(3_000, 15_000));
    }

    @Override
    public Duration expected() {
        // Pooled hand-offs take ~10-40 us; a new thread per task ~300 us on a busy 2-core VM, and
        // supplyAsync starts one per task when the common pool has a single thread (2 CPUs or fewer).
        boolean threadPerTask = kind == FutureKind.THREAD_RESULT
                || kind == FutureKind.COMPLETABLE && ForkJoinPool.getCommonPoolParallelism() <= 1;
        long perTaskUs = threadPerTask ? 150 : 40;
        return Duration.ofMillis(200 + counts().total() * perTaskUs / 1000);
    }
}
