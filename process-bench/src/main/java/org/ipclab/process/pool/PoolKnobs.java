package org.ipclab.process.pool;

import java.time.Duration;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;

/**
 * The {@code pool} case's knobs: the kind of pool, its size (1+, not a param of the unsized virtual
 * pool), the tasks per batch (1+), what each task does, and the suite's batches.
 */
public record PoolKnobs(Suite suite, PoolKind kind, int size, int tasks, Work work) implements CaseKnobs {
    /** Batches run before the timed ones and discarded. */
    static final int WARMUP_BATCHES = 1;
    /** The CPUs the expected time assumes the computing tasks share. */
    private static final int CPUS = 2;

    public PoolKnobs {
        if (size < 1 || tasks < 1) {
            throw new IllegalArgumentException("size=" + size + " tasks=" + tasks + ": both must be >= 1");
        }
    }

    @Override
    public String caseName() {
        return "pool";
    }

    @Override
    public Params params() {
        Params params = Params.of("kind", kind.param(), "tasks", tasks, "work", work.param());
        return kind.sized() ? params.with("size", size) : params;
    }

    /** Timed batches: fewer where every task starts a JVM. */
    public int batches() {
        return kind == PoolKind.PROCESS_PER_TASK ? suite.pick(2, 2, 3) : suite.pick(3, 5, 5);
    }

    @Override
    public Duration expected() {
        double workMs = switch (work) {
            case CPU -> 3;
            case SLEEP -> Work.SLEEP_MS;
            case NONE -> 0.05;
        };
        double perTaskMs = workMs + (kind == PoolKind.PROCESS_PER_TASK ? 90 : 0.2);
        int lanes = kind.sized() ? size : tasks;
        int parallel = work == Work.SLEEP ? lanes : Math.min(lanes, CPUS);
        double batchMs = tasks * perTaskMs / parallel;
        long openMs = kind == PoolKind.PROCESS ? 150L * size : 0;
        return Duration.ofMillis(300 + openMs + (long) ((WARMUP_BATCHES + batches()) * batchMs));
    }
}
