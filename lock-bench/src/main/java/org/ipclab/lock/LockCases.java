package org.ipclab.lock;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseProvider;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.lock.acquire.AcquireCase;
import org.ipclab.lock.acquire.AcquireKnobs;
import org.ipclab.lock.counter.CounterCase;
import org.ipclab.lock.counter.CounterKnobs;
import org.ipclab.lock.deadlock.DeadlockCase;
import org.ipclab.lock.deadlock.DeadlockKnobs;
import org.ipclab.lock.fairness.FairnessCase;
import org.ipclab.lock.fairness.FairnessKnobs;
import org.ipclab.lock.rw.ReadWriteCase;
import org.ipclab.lock.rw.ReadWriteKnobs;
import org.ipclab.lock.shared.SharedCounterCase;
import org.ipclab.lock.shared.SharedCounterKnobs;
import org.ipclab.lock.strategy.Strategies;
import org.ipclab.lock.summary.DeadlockVerdicts;
import org.ipclab.lock.summary.RaceVerdicts;
import org.ipclab.lock.summary.StrategyRanking;
import org.ipclab.lock.tickets.TicketsCase;
import org.ipclab.lock.tickets.TicketsKnobs;

/**
 * The lock module's cases per suite. Smoke: the uncontended and 2-thread counter for the two
 * everyday locks, the racy baseline, and one case of every other family. Quick (about 1.5 minutes
 * on 2 cores) adds every strategy at 2 threads, the thread sweep (1, 2, 4, 8) for a few, the work
 * sweep for two and the extreme read mixes; full sweeps everything.
 */
public final class LockCases implements CaseProvider {
    public static final String MODULE = "lock";
    private static final List<String> EVERYDAY = List.of("synchronized", "reentrant");
    /** Quick's thread sweep (1, 2, 4, 8): the everyday locks and the lock-free increment beside them. */
    private static final List<String> THREAD_SWEPT = List.of("synchronized", "reentrant", "atomic");
    /** Read mixes as readers:writers. */
    private static final int[] ALL_READ = {2, 0};
    private static final int[] MOSTLY_READ = {9, 1};
    private static final int[] HALF_READ = {1, 1};
    private static final List<int[]> MIXES = List.of(ALL_READ, MOSTLY_READ, HALF_READ);

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<BenchCase> cases(Suite suite) {
        return switch (suite) {
            case SMOKE -> smoke();
            case QUICK -> quick();
            case FULL -> full();
        };
    }

    /** The ranking per thread count, then the races and the deadlock outcome in words. */
    @Override
    public void summarize(List<ResultRow> rows, PrintStream out) {
        new StrategyRanking(Runtime.getRuntime().availableProcessors()).print(rows, out);
        RaceVerdicts.print(rows, out);
        DeadlockVerdicts.print(rows, out);
    }

    private static List<BenchCase> smoke() {
        Suite s = Suite.SMOKE;
        List<BenchCase> cases = new ArrayList<>();
        for (String strategy : EVERYDAY) {
            cases.add(new CounterCase(new CounterKnobs(s, strategy, 1, 0)));
            cases.add(new CounterCase(new CounterKnobs(s, strategy, 2, 0)));
        }
        cases.add(new CounterCase(new CounterKnobs(s, Strategies.NONE, 2, 0)));
        cases.add(new SharedCounterCase(new SharedCounterKnobs(s, "file-lock", 2)));
        cases.add(new SharedCounterCase(new SharedCounterKnobs(s, "shm-cas", 2)));
        cases.add(new TicketsCase(new TicketsKnobs(s, "reentrant")));
        cases.add(new DeadlockCase(new DeadlockKnobs(s, "unordered")));
        cases.add(new AcquireCase(new AcquireKnobs(s, "reentrant", 2)));
        cases.add(new FairnessCase(new FairnessKnobs(s, "reentrant-fair", 2)));
        cases.add(new ReadWriteCase(new ReadWriteKnobs(s, "stamped-optimistic", 1, 1)));
        return cases;
    }

    private static List<BenchCase> quick() {
        Suite s = Suite.QUICK;
        List<BenchCase> cases = new ArrayList<>();
        for (String strategy : Strategies.names()) {
            cases.add(new CounterCase(new CounterKnobs(s, strategy, 2, 0)));
        }
        for (String strategy : THREAD_SWEPT) {
            cases.add(new CounterCase(new CounterKnobs(s, strategy, 1, 0)));
        }
        cases.add(new CounterCase(new CounterKnobs(s, "synchronized", 4, 0)));
        cases.add(new CounterCase(new CounterKnobs(s, "cas", 2, 100))); // work between increments: contention thinned out
        cases.add(new SharedCounterCase(new SharedCounterKnobs(s, "file-lock", 2)));
        cases.add(new SharedCounterCase(new SharedCounterKnobs(s, "shm-cas", 2)));
        for (String strategy : List.of(Strategies.NONE, "synchronized")) {
            cases.add(new TicketsCase(new TicketsKnobs(s, strategy)));
        }
        DeadlockKnobs.SCENARIOS.forEach(scenario -> cases.add(new DeadlockCase(new DeadlockKnobs(s, scenario))));
        // The acquire distribution alone and contended: the tail is where strategies differ.
        for (String strategy : EVERYDAY) {
            cases.add(new AcquireCase(new AcquireKnobs(s, strategy, 1)));
            cases.add(new AcquireCase(new AcquireKnobs(s, strategy, 2)));
        }
        for (String strategy : List.of("reentrant", "reentrant-fair")) {
            cases.add(new FairnessCase(new FairnessKnobs(s, strategy, 4)));
        }
        for (String strategy : List.of("rwlock", "stamped-optimistic")) {
            cases.add(new ReadWriteCase(new ReadWriteKnobs(s, strategy, ALL_READ[0], ALL_READ[1])));
        }
        cases.add(new ReadWriteCase(new ReadWriteKnobs(s, "stamped-optimistic", HALF_READ[0], HALF_READ[1])));
        return cases;
    }

    private static List<BenchCase> full() {
        Suite s = Suite.FULL;
        List<BenchCase> cases = new ArrayList<>();
        for (String strategy : Strategies.names()) {
            for (int threads : List.of(1, 2, 4, 8)) {
                cases.add(new CounterCase(new CounterKnobs(s, strategy, threads, 0)));
            }
            for (int work : List.of(10, 100)) {
                cases.add(new CounterCase(new CounterKnobs(s, strategy, 2, work)));
            }
        }
        for (String strategy : Strategies.CROSS_PROCESS) {
            cases.add(new SharedCounterCase(new SharedCounterKnobs(s, strategy, 2)));
            cases.add(new SharedCounterCase(new SharedCounterKnobs(s, strategy, 3)));
        }
        Strategies.readModifyWriteNames().forEach(n -> cases.add(new TicketsCase(new TicketsKnobs(s, n))));
        DeadlockKnobs.SCENARIOS.forEach(scenario -> cases.add(new DeadlockCase(new DeadlockKnobs(s, scenario))));
        for (String strategy : Strategies.names()) {
            cases.add(new AcquireCase(new AcquireKnobs(s, strategy, 1)));
            cases.add(new AcquireCase(new AcquireKnobs(s, strategy, 2)));
        }
        for (String strategy : Strategies.safeNames()) {
            for (int threads : List.of(2, 4, 8)) {
                cases.add(new FairnessCase(new FairnessKnobs(s, strategy, threads)));
            }
        }
        for (String strategy : List.of("synchronized", "reentrant", "rwlock", "stamped", "stamped-optimistic")) {
            for (int[] mix : MIXES) {
                cases.add(new ReadWriteCase(new ReadWriteKnobs(s, strategy, mix[0], mix[1])));
            }
        }
        return cases;
    }
}
