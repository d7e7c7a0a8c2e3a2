package org.ipclab.queue;

import java.time.Duration;
import java.util.List;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.queue.link.ChannelKnobs;
import org.ipclab.queue.link.Link;
import org.ipclab.queue.rig.RoundTripRig;
import org.ipclab.queue.rig.Session;
import org.ipclab.queue.rig.Warmup;

/**
 * {@code rtt}: ping-pong round trips over one channel, every one after warm-up in the histogram. The
 * warm-up ends after a minimum time and a minimum count of round trips, at a capped time.
 */
final class RttCase extends ChannelCase {
    private static final long MAX_ROUND_TRIPS = 50_000_000;
    private final Warmup warmup;
    private final Duration measurement;

    RttCase(Suite suite, ChannelKnobs knobs) {
        super("rtt", knobs);
        this.warmup = suite.pick(new Warmup(Duration.ofMillis(200), 2_000, Duration.ofSeconds(1)),
                new Warmup(Duration.ofMillis(200), 3_000, Duration.ofSeconds(1)),
                new Warmup(Duration.ofMillis(500), 10_000, Duration.ofSeconds(3)));
        // Not shorter in quick: at 200 ms a fork's p50 leaves out the last third, where the interval medians
        // still fell (by a median 4.9% from the first third over 300 ms, two quick runs), so it reads higher.
        this.measurement = suite.pick(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(1));
    }

    @Override
    public Duration expected() {
        return startup().plus(warmup.expected(roundTripGuess())).plus(measurement).plusMillis(200);
    }

    @Override
    ChannelCase withKnobs(Suite suite, ChannelKnobs knobs) {
        return new RttCase(suite, knobs);
    }

    @Override
    List<String> metrics() {
        return List.of("rtt");
    }

    @Override
    void measure(CaseContext context, Link link, CaseResult result) throws Exception {
        Session session = new Session(link.channel(), knobs.size());
        RoundTripRig rig = new RoundTripRig(session);
        LatencyRecorder recorder = new LatencyRecorder();
        long warm = rig.warmUp(recorder, warmup);
        recorder.reset();
        rig.run(recorder, measurement.toNanos(), MAX_ROUND_TRIPS);
        session.stop();
        ResultRow row = context.latency("rtt", recorder);
        result.add(row).fact("warmupRoundTrips", warm);
        context.floorRttNs().ifPresent(floor -> result.fact("floorMultiple", row.p50() / floor));
    }
}
