package org.ipclab.process;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseProvider;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.process.future.FutureCase;
import org.ipclab.process.future.FutureKnobs;
import org.ipclab.process.future.FutureKind;
import org.ipclab.process.jvmstart.JvmStartCase;
import org.ipclab.process.jvmstart.JvmStartKnobs;
import org.ipclab.process.lifecycle.LifecycleCase;
import org.ipclab.process.lifecycle.LifecycleKnobs;
import org.ipclab.process.lifecycle.LifecycleOp;
import org.ipclab.process.pool.PoolCase;
import org.ipclab.process.pool.PoolKnobs;
import org.ipclab.process.pool.PoolKind;
import org.ipclab.process.pool.Work;
import org.ipclab.process.spawn.Mechanism;
import org.ipclab.process.spawn.SpawnApi;
import org.ipclab.process.spawn.SpawnCase;
import org.ipclab.process.spawn.SpawnKnobs;
import org.ipclab.process.thread.ThreadCase;
import org.ipclab.process.thread.ThreadKnobs;
import org.ipclab.process.thread.ThreadKind;

/**
 * The process module's cases, cheapest first. Smoke runs every case family once (one JVM per case,
 * so the list stays short) plus the pooled-process hand-off the end-of-run ladder needs; quick and
 * full sweep the parameters.
 */
public final class ProcessCases implements CaseProvider {
    public static final String MODULE = "process";
    /** Tasks in the hand-off batch that times the pooled-process rung. */
    static final int HANDOFF_TASKS = 100;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<BenchCase> cases(Suite suite) {
        boolean smoke = suite == Suite.SMOKE;
        List<BenchCase> cases = new ArrayList<>();
        for (ThreadKind kind : ThreadKind.values()) {
            cases.add(new ThreadCase(new ThreadKnobs(suite, kind)));
        }
        for (FutureKind kind : smoke ? List.of(FutureKind.EXECUTOR) : List.of(FutureKind.values())) {
            cases.add(new FutureCase(new FutureKnobs(suite, kind)));
        }
        for (Mechanism mechanism : smoke ? List.of(Mechanism.POSIX_SPAWN) : List.of(Mechanism.values())) {
            cases.add(new SpawnCase(new SpawnKnobs(suite, SpawnApi.PROCESS_BUILDER, mechanism)));
        }
        if (suite == Suite.FULL) {
            cases.add(new SpawnCase(new SpawnKnobs(suite, SpawnApi.RUNTIME_EXEC, Mechanism.POSIX_SPAWN)));
        }
        for (LifecycleOp op : smoke ? List.of(LifecycleOp.DESTROY) : List.of(LifecycleOp.values())) {
            cases.add(new LifecycleCase(new LifecycleKnobs(suite, op)));
        }
        cases.add(new JvmStartCase(new JvmStartKnobs(suite, true)));
        if (!smoke) {
            cases.add(new JvmStartCase(new JvmStartKnobs(suite, false)));
        }
        cases.addAll(pools(suite));
        return cases;
    }

    /**
     * The default batch is the common example, a pool of 4 running 10 tasks; full sweeps size and tasks
     * (a JVM per task only at 10 tasks).
     * Every suite also times the hand-off alone through one pre-started worker JVM: the ladder's
     * "pooled process" rung.
     */
    private static List<BenchCase> pools(Suite suite) {
        List<BenchCase> cases = new ArrayList<>();
        if (suite == Suite.SMOKE) {
            cases.add(new PoolCase(new PoolKnobs(suite, PoolKind.PROCESS, 4, 10, Work.CPU)));
        } else {
            List<Integer> sizes = suite == Suite.FULL ? List.of(1, 2, 4) : List.of(4);
            List<Integer> taskCounts = suite == Suite.FULL ? List.of(10, 100) : List.of(10);
            for (PoolKind kind : PoolKind.values()) {
                for (int size : kind.sized() ? sizes : List.of(4)) {
                    // A JVM per task costs the same per task at 10 tasks as at 100: 100 would only add ~10 min to full.
                    for (int tasks : kind == PoolKind.PROCESS_PER_TASK ? List.of(10) : taskCounts) {
                        // sleeping tasks (waiting, not computing) only in full: quick runs every case in four forks
                        boolean sleep = suite == Suite.FULL;
                        for (Work work : sleep ? List.of(Work.CPU, Work.SLEEP) : List.of(Work.CPU)) {
                            cases.add(new PoolCase(new PoolKnobs(suite, kind, size, tasks, work)));
                        }
                    }
                }
            }
        }
        cases.add(new PoolCase(new PoolKnobs(suite, PoolKind.PROCESS, 1, HANDOFF_TASKS, Work.NONE)));
        return cases;
    }

    /** The ladder's view of a run: creation costs side by side, cheapest first, with their ratios. */
    @Override
    public void summarize(List<ResultRow> rows, PrintStream out) {
        CreationLadder.print(rows, out);
    }
}
