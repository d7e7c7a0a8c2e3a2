package org.ipclab.core.calibration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Environment;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.Params;
import org.ipclab.core.Peer;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.core.profile.ProfileTarget;
import org.ipclab.core.schema.Calibration;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;

/**
 * The machine's floor, measured first in every run: two JVMs ping-ponging one shared cache line
 * (round trip), the cost of one System.nanoTime, and the cost of recording one latency sample.
 *
 * <pre>
 *   case JVM                     peer JVM
 *   ping = i  ──(cache line)──▶  spin until ping changes
 *   spin until pong == i  ◀────  pong = i
 * </pre>
 */
public final class CalibrationCase implements BenchCase {
    public static final CaseSpec SPEC = new CaseSpec(Calibration.MODULE, "floor", Params.NONE);
    private static final long ANSWER_TIMEOUT_NS = 5_000_000_000L;

    private final Suite suite;

    public CalibrationCase(Suite suite) {
        this.suite = suite;
    }

    @Override
    public CaseSpec spec() {
        return SPEC;
    }

    @Override
    public Duration expected() {
        return Duration.ofSeconds(suite.pick(2, 2, 3));
    }

    /** The floor stays unprofiled: every case's multiple of it would shift with the profilers' overhead. */
    /** Two spinners, this JVM and its echo: the floor differs by where the OS put them. */
    @Override
    public boolean hasPeer() {
        return true;
    }

    @Override
    public ProfileTarget profileTarget() {
        return ProfileTarget.NONE;
    }

    /** The one-page cache-line file the two JVMs map. */
    @Override
    public long scratchBytes() {
        return SharedCacheLine.SIZE;
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        CaseResult result = new CaseResult().fact("jvm", Environment.jvm());
        String warning = context.spinnerWarning(2);
        if (warning != null) {
            result.warn(warning);
        }
        result.add(context.latency("rtt", pingPong(context)));
        result.add(perOp("nanotime", OpCost.nanoTime(batches())));
        result.add(perOp("record", OpCost.record(batches())));
        return result;
    }

    private int batches() {
        return suite.pick(10, 20, 50);
    }

    private LatencyRecorder pingPong(CaseContext context) throws Exception {
        Path file = context.privateDir().resolve("floor.line");
        int warmup = suite.pick(50_000, 100_000, 200_000);
        int measured = suite.pick(200_000, 300_000, 1_000_000);
        LatencyRecorder recorder = new LatencyRecorder();
        SharedCacheLine line = SharedCacheLine.create(file);
        try (Peer peer = context.peers().start(CacheLineEchoRole.class, file.toString())) {
            for (long i = 1; i <= warmup + measured; i++) {
                if (i == warmup + 1) {
                    recorder.reset();
                }
                long start = System.nanoTime();
                line.put(SharedCacheLine.PING, i);
                long pong = line.awaitChange(SharedCacheLine.PONG, i - 1, start + ANSWER_TIMEOUT_NS);
                long end = System.nanoTime();
                if (pong != i) {
                    throw new IllegalStateException("floor echo out of order: sent " + i + ", got " + pong);
                }
                recorder.record(end - start);
            }
            line.put(SharedCacheLine.PING, SharedCacheLine.STOP);
            peer.awaitExit(Duration.ofSeconds(10));
        }
        return recorder;
    }

    /** A per-operation cost row: each sample is one batch's mean ns per operation. */
    private static ResultRow perOp(String metric, List<Double> batchNs) {
        List<Double> sorted = new ArrayList<>(batchNs);
        sorted.sort(null);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new ResultRow(Calibration.MODULE, SPEC.name(), Params.NONE, metric, Unit.NS, sorted.size(), mean,
                Math.round(sorted.get(sorted.size() / 2)), Math.round(sorted.get((int) (sorted.size() * 0.9))),
                Math.round(sorted.get(sorted.size() - 1)), Math.round(sorted.get(sorted.size() - 1)),
                Math.round(sorted.get(sorted.size() - 1)), null, RowStatus.OK, batchNs);
    }
}
