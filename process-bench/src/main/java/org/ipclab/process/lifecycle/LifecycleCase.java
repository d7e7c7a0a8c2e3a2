package org.ipclab.process.lifecycle;

import java.util.concurrent.TimeUnit;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.KnobsCase;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.ResultRow;
import org.ipclab.process.Counts;
import org.ipclab.process.ProcessCases;

/**
 * The controls people use on a child process, timed on a {@code /bin/sleep} (not a JVM, so the
 * numbers show the control and not a JVM's shutdown hooks): is-alive checks, a wait with a timeout,
 * and destroy / destroyForcibly until {@code onExit()} completes. Every child is killed in the end.
 */
public final class LifecycleCase extends KnobsCase<LifecycleKnobs> {
    static final String SLEEP = "/bin/sleep";

    private final Counts counts;
    private final LifecycleOp op;

    public LifecycleCase(LifecycleKnobs knobs) {
        super(ProcessCases.MODULE, knobs);
        this.counts = knobs.counts();
        this.op = knobs.op();
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        CaseResult result = new CaseResult().fact("warmupDiscarded", counts.warmup()).fact("child", SLEEP);
        LatencyRecorder recorder = new LatencyRecorder();
        Process child = null;
        try {
            for (int i = 0; i < counts.total(); i++) {
                if (i == counts.warmup()) {
                    recorder.reset();
                }
                if (child == null || op.endsChild()) {
                    closeStreams(child);
                    child = new ProcessBuilder(SLEEP, "60").start();
                }
                try {
                    recorder.record(op.sample(child));
                } catch (IllegalStateException e) {
                    return result.warn(e.getMessage()).add(ResultRow.failed(spec(), op.metric(), "wrong-answer"));
                }
            }
        } finally {
            if (child != null) {
                child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                closeStreams(child);
            }
        }
        if (op == LifecycleOp.IS_ALIVE) {
            result.fact("isAliveBatch", LifecycleOp.IS_ALIVE_BATCH);
        }
        return result.add(context.latency(op.metric(), recorder));
    }

    /** Thousands of children would otherwise leave their pipes open until a GC. */
    private static void closeStreams(Process child) throws java.io.IOException {
        if (child != null) {
            child.getOutputStream().close();
            child.getInputStream().close();
            child.getErrorStream().close();
        }
    }
}
