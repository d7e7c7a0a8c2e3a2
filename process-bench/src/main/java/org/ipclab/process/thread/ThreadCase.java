package org.ipclab.process.thread;

import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.KnobsCase;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.ResultRow;
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
public final class ThreadCase extends KnobsCase<ThreadKnobs> {
    public static final String METRIC = "start-to-join";

    private final Counts counts;
    private final ThreadKind kind;
    private int lastRun;

    public ThreadCase(ThreadKnobs knobs) {
        super(ProcessCases.MODULE, knobs);
        this.counts = knobs.counts();
        this.kind = knobs.kind();
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        CaseResult result = new CaseResult().fact("warmupDiscarded", counts.warmup());
        if (!kind.available()) {
            return result.add(ResultRow.skipped(spec(), METRIC, VirtualThreads.NEEDS));
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
                return result.add(ResultRow.failed(spec(), METRIC, "task-did-not-run"));
            }
        }
        ResultRow row = context.latency(METRIC, recorder);
        (kind == ThreadKind.VIRTUAL ? CreationRung.VIRTUAL_THREAD : CreationRung.PLATFORM_THREAD)
                .addFacts(result, row);
        return result.add(row);
    }
}
