package org.ipclab.process.lifecycle;

import java.time.Duration;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.process.Counts;

/** The {@code lifecycle} case's knobs: the control timed and the suite's warm-up and measured samples. */
public record LifecycleKnobs(Suite suite, LifecycleOp op) implements CaseKnobs {

    @Override
    public String caseName() {
        return "lifecycle";
    }

    @Override
    public Params params() {
        return Params.of("op", op.param());
    }

    /** Fewer samples where each one ends its child, so needs a fresh one. */
    public Counts counts() {
        return op.endsChild()
                ? suite.pick(new Counts(10, 50), new Counts(20, 100), new Counts(50, 500))
                : suite.pick(new Counts(100, 500), new Counts(200, 1000), new Counts(500, 5000));
    }

    @Override
    public Duration expected() {
        // A fresh child per sample costs a spawn plus the signal; a timed wait ~0.6 ms
        // (a full run's forks took half of the 4 and 1.2 ms per sample assumed before).
        long perSample = op.endsChild() ? 2_000 : 600;
        return Duration.ofMillis(300 + counts().total() * perSample / 1000);
    }
}
