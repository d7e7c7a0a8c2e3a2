package org.ipclab.queue;

import java.time.Duration;
import java.util.List;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.queue.link.Link;
import org.ipclab.queue.rig.RoundTripRig;
import org.ipclab.queue.rig.Session;

/** {@code rtt}: ping-pong round trips over one channel, every one after warm-up in the histogram. */
final class RttCase extends ChannelCase {
    private static final long MAX_ROUND_TRIPS = 50_000_000;
    private final Duration warmup;
    private final Duration measurement;

    RttCase(Suite suite, Params params) {
        super("rtt", params);
        this.warmup = suite.pick(Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofSeconds(2));
        this.measurement = suite.pick(Duration.ofMillis(300), Duration.ofMillis(700), Duration.ofSeconds(10));
    }

    @Override
    public Duration expected() {
        return startup().plus(warmup).plus(measurement).plusMillis(200);
    }

    @Override
    List<String> metrics() {
        return List.of("rtt");
    }

    @Override
    void measure(CaseContext context, Link link, CaseResult result) throws Exception {
        Session session = new Session(link.channel(), size);
        RoundTripRig rig = new RoundTripRig(session);
        LatencyRecorder recorder = new LatencyRecorder();
        long warm = rig.run(recorder, warmup.toNanos(), MAX_ROUND_TRIPS);
        recorder.reset();
        rig.run(recorder, measurement.toNanos(), MAX_ROUND_TRIPS);
        session.stop();
        ResultRow row = context.latency("rtt", recorder);
        result.add(row).fact("warmupRoundTrips", warm);
        context.floorRttNs().ifPresent(floor -> result.fact("floorMultiple", row.p50() / floor));
    }
}
