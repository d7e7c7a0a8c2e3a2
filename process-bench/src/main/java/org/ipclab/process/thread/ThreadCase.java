package org.ipclab.process.thread;

import java.time.Duration;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.process.Counts;
import org.ipclab.process.CreationRung;
import org.ipclab.process.ProcessCases;
import org.ipclab.process.VirtualThreads;

/**
 * Start+join of one thread running a trivial task, one at a time: the cost of making a thread,
 * scheduling it, running it to the end and learning that it ended. Each task stores its sequence
 * number, which the case checks after the join (join makes the write visible), so a thread that
 * never ran fails the case.
 */
public final class ThreadCase implements BenchCase {
    public static final String METRIC = "start-to-join";

    private final CaseSpec spec;
    private final Counts counts;
    private final ThreadKind kind;
    private int lastRun;

    public ThreadCase(Suite suite, ThreadKind kind) {
        this.kind = kind;
        this.counts = Counts.of(suite, new Counts(2_000, 5_000), new Counts(2_000, 5_000),
                new Counts(5_000, 20_000));
        this.spec = new CaseSpec(ProcessCases.MODULE, "thread", Params.of("kind", kind.param()));
    }

    @Override
    public CaseSpec spec() {
        return spec;
    }

    @Override
    public Duration expected() {
        // Platform start+join: p50 ~70 us; a full run's forks took 2.2 s for 25,000 threads, JVM start included.
        return Duration.ofMillis(200 + counts.total() * 80L / 1000);
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        CaseResult result = new CaseResult().fact("warmupDiscarded", counts.warmup());
        if (!kind.available()) {
            return result.add(ResultRow.skipped(spec, METRIC, VirtualThreads.NEEDS));
        }
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 0; i < counts.total(); i++) {
            if (i == counts.warmup()) {
                recorder.reset();
            }
            int seq = i;
            long start = System.nanoTime();
            kind.start(() -> lastRun = seq).join();
            recorder.record(System.nanoTime() - start);
            if (lastRun != seq) {
                return result.add(ResultRow.failed(spec, METRIC, "task-did-not-run"));
            }
        }
        ResultRow row = context.latency(METRIC, recorder);
        (kind == ThreadKind.VIRTUAL ? CreationRung.VIRTUAL_THREAD : CreationRung.PLATFORM_THREAD)
                .addFacts(result, row);
        return result.add(row);
    }
}
