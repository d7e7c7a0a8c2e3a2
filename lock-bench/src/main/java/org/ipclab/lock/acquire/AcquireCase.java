package org.ipclab.lock.acquire;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.lock.LockCase;
import org.ipclab.lock.ThreadGang;
import org.ipclab.lock.strategy.CounterStrategy;
import org.ipclab.lock.strategy.Strategies;

/**
 * {@code acquire}: the distribution of one acquire+increment+release, per strategy and thread count,
 * in HdrHistogram (one recorder per thread, merged; warm-up discarded). Where the clock costs more
 * than the operation each sample is the mean of a batch: see {@link #batchMeans}.
 */
public final class AcquireCase extends LockCase<AcquireKnobs> {

    public AcquireCase(AcquireKnobs knobs) {
        super(knobs);
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        String strategy = knobs.strategy();
        int threads = knobs.threads();
        long warmMs = knobs.warmMs();
        long measureMs = knobs.measureMs();
        CaseResult result = new CaseResult();
        CounterStrategy counter = Strategies.create(strategy);
        double clockNs = ClockCost.nanoTimeNs();
        double opNs = ClockCost.operationNs(Strategies.create(strategy));
        int batch = ClockCost.batch(opNs, clockNs);
        result.fact("nanoTimeCostNs", clockNs).fact("uncontendedOpNs", opNs).fact("batch", batch);
        if (batch > 1) {
            result.fact("batching", String.format("one System.nanoTime (%.1f ns) costs more than a tenth of the operation "
                    + "(%.1f ns): each sample is the mean of %d operations, which narrows the tails, so the row "
                    + "has no p90/p99/p999/max", clockNs, opNs, batch));
        }
        warnIfOversubscribed(result, threads);

        List<LatencyRecorder> recorders = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            recorders.add(new LatencyRecorder());
        }
        AcquirePhases phases = new AcquirePhases();
        AtomicLong done = new AtomicLong();
        Thread clock = phases.startClock(warmMs, measureMs);
        ThreadGang.run("acquire-" + strategy, threads, Duration.ofMillis(warmMs + measureMs).plusSeconds(30), i -> {
            done.addAndGet(phases.measure(counter, batch, recorders.get(i)));
        });
        clock.join();
        long lost = done.get() - counter.value();
        ResultRow row = context.latency("acquire", LatencyRecorder.merge(recorders));
        if (batch > 1) {
            row = batchMeans(row);
            result.warn("samples are means of batches of " + batch + " acquires (the clock costs more than one): "
                    + "p90/p99/p999/max left empty, a batch mean hides single slow acquires");
        }
        ResultRow lostRow = ResultRow.counted(spec(), "lost-updates", List.of(lost));
        if (lost != 0 && !Strategies.NONE.equals(strategy)) {
            row = row.withStatus(RowStatus.failed("lost-updates"));
            lostRow = lostRow.withStatus(RowStatus.failed("lost-updates"));
        }
        return result.add(row).add(lostRow);
    }

    /**
     * The row of a batched distribution: count, mean and p50 stay (the mean of batch means is the mean
     * acquire; the median is near the typical one), the tails go empty, since the p99 of means of N
     * acquires is far narrower than the p99 of single acquires. The metric keeps its name
     * {@code acquire}: whether a machine batches depends on its clock, and a renamed metric would
     * leave the same case unmatched between two runs in compare and in summary.csv readers.
     */
    static ResultRow batchMeans(ResultRow row) {
        return new ResultRow(row.module(), row.caseName(), row.params(), row.metric(), row.unit(), row.count(),
                row.mean(), row.p50(), null, null, null, null, row.throughput(), row.status(), row.samples());
    }
}
