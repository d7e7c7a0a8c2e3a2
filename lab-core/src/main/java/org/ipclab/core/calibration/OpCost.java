package org.ipclab.core.calibration;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.LatencyRecorder;

/** Times cheap operations in batches, since one nanoTime call costs more than what it would time. */
public final class OpCost {
    private static final int PER_BATCH = 1_000_000;
    /** Written so the JIT can't drop the timed loops as dead code. */
    static volatile long sink;

    private OpCost() {
    }

    static List<Double> nanoTime(int batches) {
        return nanoTime(batches, PER_BATCH);
    }

    /** Each batch's mean cost of one System.nanoTime call, ns. */
    public static List<Double> nanoTime(int batches, int perBatch) {
        List<Double> perOp = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            long start = System.nanoTime();
            long acc = 0;
            for (int i = 0; i < perBatch; i++) {
                acc += System.nanoTime();
            }
            long elapsed = System.nanoTime() - start;
            sink = acc;
            perOp.add((double) elapsed / perBatch);
        }
        return perOp;
    }

    static List<Double> record(int batches) {
        List<Double> perOp = new ArrayList<>();
        LatencyRecorder recorder = new LatencyRecorder();
        for (int b = 0; b < batches; b++) {
            long start = System.nanoTime();
            for (int i = 0; i < PER_BATCH; i++) {
                recorder.record(500 + (i & 1023));
            }
            long elapsed = System.nanoTime() - start;
            perOp.add((double) elapsed / PER_BATCH);
        }
        sink = recorder.total().getTotalCount();
        return perOp;
    }
}
