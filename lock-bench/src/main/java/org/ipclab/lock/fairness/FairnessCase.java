package org.ipclab.lock.fairness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.ipclab.lock.LockCase;
import org.ipclab.lock.ThreadGang;
import org.ipclab.lock.strategy.CounterStrategy;
import org.ipclab.lock.strategy.Strategies;

/**
 * {@code fairness}: N threads increment under the strategy for a fixed time, each counting its own
 * successes. Metrics {@code min-max-ratio} and {@code jain-index} (unit {@code ratio}, mean over
 * repetitions), {@code throughput}, and {@code lost-updates} (the per-thread counts must add up to
 * the counter).
 */
public final class FairnessCase extends LockCase<FairnessKnobs> {

    public FairnessCase(FairnessKnobs knobs) {
        super(knobs);
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        String strategy = knobs.strategy();
        int threads = knobs.threads();
        int repetitions = knobs.repetitions();
        long runMs = knobs.runMs();
        CaseResult result = new CaseResult();
        warnIfOversubscribed(result, threads);
        List<Double> ratios = new ArrayList<>();
        List<Double> jain = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Long> lost = new ArrayList<>();
        List<String> perThread = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            CounterStrategy counter = Strategies.create(strategy);
            long[] counts = new long[threads];
            TimedRun stop = new TimedRun(runMs);
            long elapsed = ThreadGang.run("fairness-" + strategy, threads, Duration.ofMillis(runMs).plusSeconds(30), i -> {
                long mine = 0;
                while (stop.running()) {
                    counter.increment(0);
                    mine++;
                }
                counts[i] = mine;
            });
            long total = Arrays.stream(counts).sum();
            ratios.add(FairnessStats.minMaxRatio(counts));
            jain.add(FairnessStats.jainIndex(counts));
            rates.add(total * 1e9 / elapsed);
            lost.add(total - counter.value());
            perThread.add(Arrays.toString(counts));
        }
        result.fact("perThreadCounts", perThread).fact("runMs", runMs);
        boolean broken = !Strategies.NONE.equals(strategy) && lost.stream().anyMatch(l -> l != 0);
        RowStatus status = broken ? RowStatus.failed("lost-updates") : RowStatus.OK;
        result.add(ratio("min-max-ratio", ratios).withStatus(status));
        result.add(ratio("jain-index", jain).withStatus(status));
        result.add(ResultRow.throughput(spec(), "throughput", Unit.OPS_PER_S, rates).withStatus(status));
        result.add(ResultRow.counted(spec(), "lost-updates", lost).withStatus(status));
        result.fact("summary", String.format(Locale.ROOT, "%s at %d threads: min/max %.2f, Jain %.3f", strategy,
                threads, mean(ratios), mean(jain)));
        return result;
    }
}
