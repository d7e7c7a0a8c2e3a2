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
import org.ipclab.queue.rig.FixedRateRig;
import org.ipclab.queue.rig.Session;
import org.ipclab.queue.rig.Warmup;
import org.ipclab.queue.transport.Transport;
import org.ipclab.queue.transport.Transports;

/**
 * {@code fixed-rate}: open-loop round trips at {@code rate=} messages/s, each timed from its intended
 * send time. When the channel could not carry the rate (achieved below {@value #REACHED} of the target)
 * that is a finding, not a failure: the row is {@code over-capacity} and holds the achieved rate in
 * msgs/s instead of latencies. The warm-up at the same rate lasts a minimum time and a minimum count of
 * messages, at a capped time; the measurement is capped too, so an over-capacity case ends promptly.
 */
final class FixedRateCase extends ChannelCase {
    static final double REACHED = 0.95;
    private static final int MEASUREMENT_CAP_PERCENT = 150;
    private final int rate;
    private final Warmup warmup;
    private final Duration measurement;

    FixedRateCase(Suite suite, ChannelKnobs knobs) {
        super("fixed-rate", knobs);
        this.rate = knobs.rate().orElseThrow(() -> new IllegalArgumentException("fixed-rate needs a rate= in msgs/s"));
        if (!knobs.transport().openLoop()) {
            throw new IllegalArgumentException(knobs.transport().label() + " can't be driven open-loop (valid for"
                    + " fixed-rate: " + String.join(", ", Transports.all().stream().filter(Transport::openLoop)
                    .map(Transport::label).toList()) + ")");
        }
        this.warmup = suite.pick(new Warmup(Duration.ofMillis(200), 2_000, Duration.ofSeconds(1)),
                new Warmup(Duration.ofMillis(200), 10_000, Duration.ofSeconds(1)),
                new Warmup(Duration.ofMillis(500), 10_000, Duration.ofMillis(1500)));
        this.measurement = suite.pick(Duration.ofMillis(400), Duration.ofMillis(400), Duration.ofSeconds(1));
    }

    @Override
    public Duration expected() {
        return startup().plus(warmupTime()).plus(measurement).plusMillis(300);
    }

    /** At a fixed rate the count sets the time: the minimum count's worth of periods, within the bounds. */
    private Duration warmupTime() {
        return warmup.expected(Duration.ofNanos(1_000_000_000L / rate));
    }

    @Override
    ChannelCase withKnobs(Suite suite, ChannelKnobs knobs) {
        return new FixedRateCase(suite, knobs);
    }

    @Override
    List<String> metrics() {
        return List.of("rtt");
    }

    /** The rig's one thread polls all the time; a polling responder spins beside it. */
    @Override
    int spinners() {
        return Math.max(1, super.spinners());
    }

    @Override
    void measure(CaseContext context, Link link, CaseResult result) throws Exception {
        Session session = new Session(link.channel(), knobs.size());
        FixedRateRig rig = new FixedRateRig(session, link.watchdog());
        LatencyRecorder recorder = new LatencyRecorder();
        FixedRateRig.Outcome warm = rig.run(rate, warmupTime().toNanos(), warmup.maxTime().toNanos(), recorder);
        recorder.reset();
        // A channel that keeps the rate ends on time; one far behind stops sending at the cap, so it ends promptly.
        long capNs = measurement.toNanos() * MEASUREMENT_CAP_PERCENT / 100;
        FixedRateRig.Outcome outcome = rig.run(rate, measurement.toNanos(), capNs, recorder);
        session.stop();
        result.fact("targetRate", rate).fact("achievedRate", Math.round(outcome.achievedRate()))
                .fact("inFlightWindow", rig.window()).fact("warmupMessages", warm.messages());
        if (outcome.achievedRate() < REACHED * rate) {
            result.warn(String.format("over capacity: %s carried %.0f msgs/s of the %d msgs/s asked; no latency is"
                    + " reported, as the wait in a saturated queue is not the channel's latency",
                    knobs.transport().label(), outcome.achievedRate(), rate));
            result.add(ResultRow.overCapacity(context.spec(), "rtt", List.of(outcome.achievedRate())));
        } else {
            result.add(context.latency("rtt", recorder));
        }
    }
}
