package org.ipclab.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;

/**
 * The same batch of tasks on each kind of pool: batch time, per-task submit→result latency and
 * throughput. The pool is opened (workers started) before timing and closed after; every answer is
 * checked, and a task lost to a dying worker marks the batch row failed and is listed in warnings.
 */
public final class PoolCase implements BenchCase {
    static final String BATCH = "batch";
    static final String TASK = "task";
    static final String THROUGHPUT = "throughput";
    private static final int WARMUP_BATCHES = 1;
    private static final int CPUS = 2;

    private final CaseSpec spec;
    private final PoolKind kind;
    private final int size;
    private final int tasks;
    private final Work work;
    private final int batches;

    public PoolCase(Suite suite, PoolKind kind, int size, int tasks, Work work) {
        if (size < 1 || tasks < 1) {
            throw new IllegalArgumentException("size=" + size + " tasks=" + tasks + ": both must be >= 1");
        }
        this.kind = kind;
        this.size = size;
        this.tasks = tasks;
        this.work = work;
        this.batches = kind == PoolKind.PROCESS_PER_TASK ? suite.pick(2, 2, 3) : suite.pick(3, 5, 5);
        Params params = Params.of("kind", kind.param(), "tasks", tasks, "work", work.param());
        this.spec = new CaseSpec(ProcessCases.MODULE, "pool", kind.sized() ? params.with("size", size) : params);
    }

    @Override
    public CaseSpec spec() {
        return spec;
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
        return Duration.ofMillis(300 + openMs + (long) ((WARMUP_BATCHES + batches) * batchMs));
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        CaseResult result = new CaseResult().fact("warmupBatches", WARMUP_BATCHES).fact("batches", batches);
        if (!kind.available()) {
            return result.add(ResultRow.skipped(spec, BATCH, VirtualThreads.NEEDS));
        }
        LatencyRecorder batchTimes = new LatencyRecorder();
        LatencyRecorder taskTimes = new LatencyRecorder();
        List<Double> rates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long openStart = System.nanoTime();
        try (TaskPool pool = kind.open(size, context.peers())) {
            result.fact("poolOpenNs", System.nanoTime() - openStart);
            for (int b = 0; b < WARMUP_BATCHES + batches; b++) {
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
                    return result.add(ResultRow.failed(spec, BATCH, "batch-timeout"));
                }
                failures.addAll(outcome.failures());
                if (b < WARMUP_BATCHES) {
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
        return result.add(batchRow).add(taskRow).add(ResultRow.throughput(spec, THROUGHPUT, Unit.OPS_PER_S, rates));
    }
}
