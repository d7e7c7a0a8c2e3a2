package org.ipclab.lock.counter;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Jmh;
import org.ipclab.core.ResultRow;
import org.ipclab.core.profile.ProfileTarget;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.ipclab.lock.LockCase;
import org.ipclab.lock.strategy.Strategies;
import org.openjdk.jmh.results.RunResult;

/**
 * {@code counter}: N threads increment one shared counter under the strategy. Two measurements: the
 * invariant (a timed-free run of N threads x K increments whose final count must be N*K, giving
 * {@code lost-updates}) and the JMH {@code throughput} of the same increment at the same thread count,
 * with its {@code handoffs} (the share of increments that followed another thread's) to say whether
 * the threads really contended or took the counter in turns.
 */
public final class CounterCase extends LockCase<CounterKnobs> {
    static final String REGEX = "^" + Pattern.quote(CounterBenchmark.class.getName() + ".increment") + "$";
    /**
     * Increments per thread in the invariant check (K), the same in every suite so that a run's
     * {@code lost-updates} row reads as "lost N of threads x K" without any other record.
     */
    public static final int INCREMENTS = 100_000;
    /** Time after which the invariant check starts no further repetition (the count is in the facts). */
    private static final Duration CHECK_BUDGET = Duration.ofSeconds(2);
    /** Below this {@code handoffs} ratio the threads took turns; the summary marks such rates. */
    public static final double IN_TURNS = Handoffs.IN_TURNS;

    public CounterCase(CounterKnobs knobs) {
        super(knobs);
    }

    /** The throughput is measured in JMH forks, so JMH's profilers watch those. */
    @Override
    public ProfileTarget profileTarget() {
        return ProfileTarget.JMH_FORKS;
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        String strategy = knobs.strategy();
        int threads = knobs.threads();
        int work = knobs.work();
        CaseResult result = new CaseResult();
        labelOversubscription(context, result, strategy, threads);

        LostUpdateCheck check = new LostUpdateCheck(strategy, threads, INCREMENTS, work);
        List<Long> lost = check.run(knobs.repetitions(), CHECK_BUDGET);
        boolean racy = Strategies.NONE.equals(strategy);
        boolean anyLost = lost.stream().anyMatch(l -> l != 0);
        List<LossOutcomes.Outcome> outcomes = LossOutcomes.table(lost, racy);
        result.fact("lostUpdateCheck", Map.of("threads", threads, "incrementsPerThread", INCREMENTS,
                "repetitions", lost.size(), "expectedFinal", check.expected()));
        result.fact("lostUpdateOutcomes", outcomes);
        RowStatus brokenStatus = anyLost && !racy ? RowStatus.failed("lost-updates") : null;
        if (racy && anyLost) {
            result.warn("none (no lock, the racy baseline) lost updates as expected: "
                    + LossOutcomes.describe(outcomes, lost.size()) + "; " + check.expected() + " increments per run");
        } else if (brokenStatus != null) {
            result.warn(strategy + " LOST UPDATES: " + LossOutcomes.describe(outcomes, lost.size()));
        }

        RunResult jmh = Jmh.run(context, Jmh.options(knobs.jmh(), REGEX).threads(threads)
                .param("strategy", strategy).param("work", Integer.toString(work))
                .param("threads", Integer.toString(threads))).iterator().next();
        List<Double> rates = Jmh.iterationScores(jmh);
        ResultRow throughput = ResultRow.throughput(spec(), "throughput", Unit.OPS_PER_S, rates);
        // nsPerOp: time between two increments of the shared counter; perThread: one thread's op time.
        double nsPerOp = 1e9 / throughput.throughput();
        result.fact("nsPerOp", nsPerOp).fact("perThreadNsPerOp", nsPerOp * threads);
        if (nsPerOp < 1.0) {
            // No increment of a shared counter is that cheap: the JIT removed the work being measured.
            brokenStatus = brokenStatus != null ? brokenStatus : RowStatus.failed("eliminated");
        }
        ResultRow lostRow = ResultRow.counted(spec(), "lost-updates", lost);
        result.add(brokenStatus == null ? throughput : throughput.withStatus(brokenStatus));
        result.add(brokenStatus == null ? lostRow : lostRow.withStatus(brokenStatus));
        Handoffs turns = Handoffs.of(jmh, threads);
        result.fact("runningThreads", turns.running()).fact("cpuNsPerIncrement", turns.cpuNsPerIncrement());
        ResultRow handoffs = threads > 1 ? contention(result, turns, strategy) : null;
        if (handoffs != null) {
            result.add(brokenStatus == null ? handoffs : handoffs.withStatus(brokenStatus));
        }
        return result;
    }

    /** Facts on how the threads shared the counter; the {@code handoffs} row where increments have an order. */
    private ResultRow contention(CaseResult result, Handoffs turns, String strategy) {
        result.fact("jainIndex", turns.jain());
        if (!Strategies.ordered(strategy)) {
            return null;
        }
        result.fact("handoffShare", turns.share());
        if (turns.inTurns()) {
            result.warn(String.format(Locale.ROOT, "%s took the counter in turns: %s (%.2f threads running at once"
                    + " on average), so the rate is mostly one thread at a time on the uncontended path, not contention",
                    strategy, handoffsInWords(turns.meanShare()), mean(turns.running())));
        }
        return ratio("handoffs", turns.share());
    }

    /** A {@code handoffs} ratio in words: {@code one hand-off per 712,000 increments}. */
    public static String handoffsInWords(double share) {
        return share <= 0 ? "no hand-off at all" : String.format(Locale.ROOT, "one hand-off per %,.0f increments", 1 / share);
    }

    private static void labelOversubscription(CaseContext context, CaseResult result, String strategy, int threads) {
        if (Strategies.spins(strategy)) {
            String warning = context.spinnerWarning(threads);
            if (warning != null) {
                result.warn(warning);
            }
        } else {
            warnIfOversubscribed(result, threads);
        }
        result.fact("oversubscribed", threads > Runtime.getRuntime().availableProcessors());
        result.fact("cpus", Runtime.getRuntime().availableProcessors());
    }
}
