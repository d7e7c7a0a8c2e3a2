package org.ipclab.process;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseProvider;
import org.ipclab.core.Suite;

/**
 * The process module's cases, cheapest first. Smoke runs every case family once (one JVM per case,
 * so the list stays short); quick and full sweep the parameters.
 */
public final class ProcessCases implements CaseProvider {
    public static final String MODULE = "process";

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<BenchCase> cases(Suite suite) {
        boolean smoke = suite == Suite.SMOKE;
        List<BenchCase> cases = new ArrayList<>();
        for (ThreadKind kind : ThreadKind.values()) {
            cases.add(new ThreadCase(suite, kind));
        }
        for (FutureKind kind : smoke ? List.of(FutureKind.EXECUTOR) : List.of(FutureKind.values())) {
            cases.add(new FutureCase(suite, kind));
        }
        for (Mechanism mechanism : smoke ? List.of(Mechanism.POSIX_SPAWN) : List.of(Mechanism.values())) {
            cases.add(new SpawnCase(suite, SpawnApi.PROCESS_BUILDER, mechanism));
        }
        if (!smoke) {
            cases.add(new SpawnCase(suite, SpawnApi.RUNTIME_EXEC, Mechanism.POSIX_SPAWN));
        }
        for (LifecycleOp op : smoke ? List.of(LifecycleOp.DESTROY) : List.of(LifecycleOp.values())) {
            cases.add(new LifecycleCase(suite, op));
        }
        cases.add(new JvmStartCase(suite, true));
        if (!smoke) {
            cases.add(new JvmStartCase(suite, false));
        }
        cases.addAll(pools(suite));
        return cases;
    }

    /** The default batch is the common example, a pool of 4 running 10 tasks; full sweeps size and tasks. */
    private static List<BenchCase> pools(Suite suite) {
        List<BenchCase> cases = new ArrayList<>();
        if (suite == Suite.SMOKE) {
            cases.add(new PoolCase(suite, PoolKind.PROCESS, 4, 10, Work.CPU));
            return cases;
        }
        List<Integer> sizes = suite == Suite.FULL ? List.of(1, 2, 4) : List.of(4);
        List<Integer> taskCounts = suite == Suite.FULL ? List.of(10, 100) : List.of(10);
        for (PoolKind kind : PoolKind.values()) {
            for (int size : kind.sized() ? sizes : List.of(4)) {
                for (int tasks : taskCounts) {
                    for (Work work : List.of(Work.CPU, Work.SLEEP)) {
                        cases.add(new PoolCase(suite, kind, size, tasks, work));
                    }
                }
            }
        }
        // The hand-off alone through a pre-started worker JVM: the "pooled process" rung of the ladder.
        cases.add(new PoolCase(suite, PoolKind.PROCESS, 1, 100, Work.NONE));
        return cases;
    }
}
