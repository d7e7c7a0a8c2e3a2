package org.ipclab.queue;

import java.time.Duration;
import java.util.List;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.queue.link.ChannelKnobs;
import org.ipclab.core.schema.Unit;
import org.ipclab.queue.link.Link;
import org.ipclab.queue.rig.Session;
import org.ipclab.queue.rig.ThroughputRig;
import org.ipclab.queue.rig.Warmup;

/**
 * {@code throughput}: one-way streaming, messages/s and bytes/s per iteration (delivered, verified),
 * after a warm-up of a minimum time and a minimum count of messages, at a capped time.
 */
final class ThroughputCase extends ChannelCase {
    private final Warmup warmup;
    private final Duration iteration;
    private final int iterations;

    ThroughputCase(Suite suite, ChannelKnobs knobs) {
        super("throughput", knobs);
        if (!knobs.transport().streams()) {
            throw new IllegalArgumentException(knobs.transport().label() + " carries round trips only (rtt)");
        }
        this.warmup = suite.pick(new Warmup(Duration.ofMillis(200), 10_000, Duration.ofSeconds(1)),
                new Warmup(Duration.ofMillis(200), 10_000, Duration.ofSeconds(1)),
                new Warmup(Duration.ofMillis(500), 10_000, Duration.ofSeconds(3)));
        this.iteration = suite.pick(Duration.ofMillis(100), Duration.ofMillis(60), Duration.ofMillis(150));
        this.iterations = suite.pick(3, 6, 6);
    }

    @Override
    public Duration expected() {
        // A streamed message costs well under a round trip: a quarter of one is still pessimistic.
        Duration warm = warmup.expected(roundTripGuess().dividedBy(4));
        return startup().plus(warm).plus(iteration.multipliedBy(iterations)).plusMillis(300);
    }

    @Override
    ChannelCase withKnobs(Suite suite, ChannelKnobs knobs) {
        return new ThroughputCase(suite, knobs);
    }

    @Override
    List<String> metrics() {
        return List.of("one-way", "one-way-bytes");
    }

    @Override
    void measure(CaseContext context, Link link, CaseResult result) throws Exception {
        Session session = new Session(link.channel(), knobs.size());
        ThroughputRig rig = new ThroughputRig(session);
        long warm = rig.warmUp(warmup);
        List<Double> rates = rig.run(iterations, iteration.toNanos());
        session.stop();
        result.add(ResultRow.throughput(context.spec(), "one-way", Unit.MSGS_PER_S, rates));
        result.add(ResultRow.throughput(context.spec(), "one-way-bytes", Unit.BYTES_PER_S,
                rates.stream().map(r -> r * knobs.size()).toList()));
        result.fact("replyWindow", rig.window()).fact("warmupMessages", warm).fact("warmupCapped", rig.warmUpCapped());
    }
}
