package org.ipclab.process.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.KnobsCase;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.ipclab.process.CreationRung;
import org.ipclab.process.ProcessCases;
import org.ipclab.process.VirtualThreads;

/**
 * The same batch of tasks on each kind of pool: batch time, per-task submit→result latency and
 * throughput. The pool is opened (workers started) before timing and closed after; every answer is
 * checked, and a task lost to a dying worker marks the batch row failed and is listed in warnings.
 */
public final class PoolCase extends KnobsCase<PoolKnobs> {
    public static final String BATCH = "batch";
    static final String TASK = "task";
    static final String THROUGHPUT = "throughput";

    private final PoolKind kind;
    private final int size;
    private final int tasks;
    private final Work work;
    private final int batches;

    public PoolCase(PoolKnobs knobs) {
        super(ProcessCases.MODULE, knobs);
        this.kind = knobs.kind();
        this.size = knobs.size();
        this.tasks = knobs.tasks();
        this.work = knobs.work();
        this.batches = knobs.batches();
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        CaseResult result = new CaseResult().fact("warmupBatches", PoolKnobs.WARMUP_BATCHES).fact("batches", batches);
        if (!kind.available()) {
            return result.add(ResultRow.skipped(spec(), BATCH, VirtualThreads.NEEDS));
        }
        LatencyRecorder batchTimes = new LatencyRecorder();
        LatencyRecorder taskTimes = new LatencyRecorder();
        List<Double> rates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long openStart = System.nanoTime();
        try (TaskPool pool = kind.open(size, context.measuredStartPeers())) {
            result.fact("poolOpenNs", System.nanoTime() - openStart);
            for (int b = 0; b < PoolKnobs.WARMUP_BATCHES + batches; b++) {
                long[] seeds = new long[tasks];
                long[] expected = new long[tasks];
                for (int i = 0; i < tasks; i++) {
                    seeds[i] = (b + 1) * 1_000_003L + i;
                    expected[i] = work.expected(seeds[i]);
                }
                PoolBatch.Outcome outcome;
                try {
                    outcome = PoolBatch.run(pool, work, seeds, expected);
                } catch (TimeoutException e) {
                    return result.add(ResultRow.failed(spec(), BATCH, "batch-timeout"));
                }
                failures.addAll(outcome.failures());
                if (b < PoolKnobs.WARMUP_BATCHES) {
                    continue;
                }
                batchTimes.record(outcome.batchNs());
                for (long ns : outcome.taskNs()) {
                    if (ns >= 0) {
                        taskTimes.record(ns);
                    }
                }
                rates.add(tasks * 1e9 / outcome.batchNs());
            }
            result.fact("replacedWorkers", pool.replacedWorkers()).fact("workersStarted", pool.startedPids().size());
        }
        return addRows(context, result, batchTimes, taskTimes, rates, failures);
    }

    private CaseResult addRows(CaseContext context, CaseResult result, LatencyRecorder batchTimes,
            LatencyRecorder taskTimes, List<Double> rates, List<String> failures) throws Exception {
        result.fact("failedTasks", failures.size());
        failures.stream().limit(10).forEach(result::warn);
        ResultRow batchRow = context.latency(BATCH, batchTimes);
        if (!failures.isEmpty()) {
            boolean died = failures.stream().anyMatch(f -> f.contains("died"));
            batchRow = batchRow.withStatus(RowStatus.failed(died ? "worker-died" : "wrong-result"));
        }
        ResultRow taskRow = context.latency(TASK, taskTimes);
        CreationRung.POOLED_PROCESS.addFacts(result, batchRow);
        return result.add(batchRow).add(taskRow).add(ResultRow.throughput(spec(), THROUGHPUT, Unit.OPS_PER_S, rates));
    }
}
