package org.ipclab.process;

import java.util.Locale;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.process.future.FutureCase;
import org.ipclab.process.future.FutureKind;
import org.ipclab.process.jvmstart.JvmStartCase;
import org.ipclab.process.pool.PoolCase;
import org.ipclab.process.pool.PoolKind;
import org.ipclab.process.pool.Work;
import org.ipclab.process.spawn.Mechanism;
import org.ipclab.process.spawn.SpawnApi;
import org.ipclab.process.spawn.SpawnCase;
import org.ipclab.process.thread.ThreadCase;
import org.ipclab.process.thread.ThreadKind;

/**
 * The ladder of ways to run a piece of work elsewhere, cheapest to dearest, each with the one
 * summary row that measures it, so the end-of-run view can line the rungs up from rows alone.
 */
public enum CreationRung {
    VIRTUAL_THREAD("virtual thread", "thread", Params.of("kind", ThreadKind.VIRTUAL.param()), ThreadCase.METRIC,
            "start+join"),
    PLATFORM_THREAD("platform thread", "thread", Params.of("kind", ThreadKind.PLATFORM.param()), ThreadCase.METRIC,
            "start+join"),
    POOLED_TASK("pooled task", "future", Params.of("kind", FutureKind.EXECUTOR.param()), FutureCase.METRIC,
            "submit->result on a thread pool"),
    POOLED_PROCESS("pooled process", "pool", Params.of("kind", PoolKind.PROCESS.param(), "size", 1,
            "tasks", ProcessCases.HANDOFF_TASKS, "work", Work.NONE.param()), PoolCase.BATCH,
            "round trip of an empty task to a pre-started worker JVM (batch p50 / tasks)"),
    NEW_PROCESS("new process", "spawn", Params.of("api", SpawnApi.PROCESS_BUILDER.param(),
            "mechanism", Mechanism.POSIX_SPAWN.param()), SpawnCase.METRIC, "ProcessBuilder start->exit of /bin/true"),
    NEW_JVM("new JVM", "jvm-start", Params.of("cds", "on"), JvmStartCase.EXIT, "child JVM start->exit");

    private final String title;
    private final String caseName;
    private final Params params;
    private final String metric;
    private final String measures;

    CreationRung(String title, String caseName, Params params, String metric, String measures) {
        this.title = title;
        this.caseName = caseName;
        this.params = params;
        this.metric = metric;
        this.measures = measures;
    }

    public String title() {
        return title;
    }

    /** What the rung's number is, in a few words. */
    public String measures() {
        return measures;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rung's case, whatever its metric: where a failed or skipped status would be. */
    public boolean isCaseOf(ResultRow row) {
        return row.caseName().equals(caseName) && row.params().equals(params);
    }

    /** The row that measures this rung, ok and with numbers. */
    public boolean isMeasuredBy(ResultRow row) {
        return isCaseOf(row) && row.metric().equals(metric) && row.ok() && row.p50() != null;
    }

    /**
     * The rung's cost in ns from its row. The pooled process is timed as a batch: one worker answering
     * the batch strictly one task at a time makes batch/tasks the round trip through a pooled JVM
     * (its per-task latency would include queueing behind the rest of the batch).
     */
    public long costNs(ResultRow row) {
        return this == POOLED_PROCESS ? row.p50() / Long.parseLong(params.get("tasks")) : row.p50();
    }

    /** Adds {@code creationRung}, {@code creationName} and {@code creationP50Ns} when the row measures this rung. */
    public void addFacts(CaseResult result, ResultRow row) {
        if (isMeasuredBy(row)) {
            result.fact("creationRung", ordinal() + 1);
            result.fact("creationName", label());
            result.fact("creationMetric", metric);
            result.fact("creationP50Ns", costNs(row));
        }
    }
}
