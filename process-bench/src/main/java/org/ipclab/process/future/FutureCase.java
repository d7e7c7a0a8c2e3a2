package org.ipclab.process.future;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.KnobsCase;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.ResultRow;
import org.ipclab.process.Counts;
import org.ipclab.process.CreationRung;
import org.ipclab.process.ProcessCases;

/**
 * Submit→result latency of a task that returns a value, one task at a time, for each way of
 * getting a result back from another thread. Every result is checked against the expected answer.
 */
public final class FutureCase extends KnobsCase<FutureKnobs> {
    public static final String METRIC = "submit-to-result";
    static final int POOL_THREADS = 2;

    private final Counts counts;
    private final FutureKind kind;

    public FutureCase(FutureKnobs knobs) {
        super(ProcessCases.MODULE, knobs);
        this.counts = knobs.counts();
        this.kind = knobs.kind();
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        CaseResult result = new CaseResult().fact("warmupDiscarded", counts.warmup())
                .fact("executorThreads", POOL_THREADS)
                .fact("commonPoolParallelism", ForkJoinPool.getCommonPoolParallelism())
                // With parallelism 1 (2 CPUs or fewer), supplyAsync without an executor starts a new
                // thread per task instead of using the common pool: worth knowing when reading its row.
                .fact("supplyAsyncRunsOn", ForkJoinPool.getCommonPoolParallelism() > 1
                        ? "common-pool" : "thread-per-task");
        LatencyRecorder recorder = new LatencyRecorder();
        ExecutorService pool = Executors.newFixedThreadPool(POOL_THREADS);
        try {
            for (int i = 0; i < counts.total(); i++) {
                if (i == counts.warmup()) {
                    recorder.reset();
                }
                long start = System.nanoTime();
                long got = kind.call(pool, i);
                recorder.record(System.nanoTime() - start);
                if (got != FutureKind.answer(i)) {
                    return result.add(ResultRow.failed(spec(), METRIC, "wrong-result"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        ResultRow row = context.latency(METRIC, recorder);
        CreationRung.POOLED_TASK.addFacts(result, row);
        return result.add(row);
    }
}
