package org.ipclab.queue.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.InMemoryChannel;
import org.ipclab.queue.channel.Watchdog;
import org.ipclab.queue.message.MessageCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coordinated omission: a responder that stalls once must show in every message the stall delayed,
 * not in one. The responder takes message {@value #STALL_AT} and holds it {@value #STALL_MS} ms
 * before echoing; at one message per ms, message STALL_AT + j was due j ms after it, and its echo can't
 * come back before the stall ends, so its latency (from its intended send time) is at least
 * (STALL_MS - j) ms. Those are lower bounds a slow machine only raises: no wall-clock threshold.
 */
@Timeout(30)
class FixedRateRigTest {
    private static final int SIZE = 64;
    private static final int RATE = 1000;
    private static final long PERIOD_NS = 1_000_000_000L / RATE;
    private static final int MESSAGES = 200;
    private static final int STALL_AT = 50;
    private static final int STALL_MS = 50;

    @Test
    void shouldCarryAResponderStallInEveryMessageItDelayed() throws Exception {
        InMemoryChannel[] ends = InMemoryChannel.pair(new Watchdog(Duration.ofSeconds(20)));
        Channel stalling = new StallingChannel(ends[1], STALL_AT, TimeUnit.MILLISECONDS.toNanos(STALL_MS));
        CompletableFuture<Void> responder = CompletableFuture.runAsync(() -> {
            try {
                Responder.run(stalling, new MessageCodec(SIZE));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Session session = new Session(ends[0], SIZE);
        FixedRateRig rig = new FixedRateRig(session, new Watchdog(Duration.ofSeconds(20)));
        assertTrue(rig.window() > STALL_MS, "the rig keeps sending on schedule through the stall");
        LatencyRecorder recorder = new LatencyRecorder();

        FixedRateRig.Outcome outcome = rig.run(RATE, MESSAGES * PERIOD_NS, recorder);
        session.stop();
        responder.get(10, TimeUnit.SECONDS);

        Histogram latencies = recorder.total();
        assertEquals(MESSAGES, outcome.messages());
        assertEquals(MESSAGES, latencies.getTotalCount(), "every message is a sample, the stalled ones too");
        for (int j = 0; j < STALL_MS; j += 5) {
            long atLeastNs = TimeUnit.MILLISECONDS.toNanos(STALL_MS) - j * PERIOD_NS;
            long carrying = countAtOrAbove(latencies, atLeastNs);
            assertTrue(carrying >= j + 1, carrying + " samples at or above " + atLeastNs
                    + " ns; the stall must be carried by at least " + (j + 1) + " (messages " + STALL_AT + ".."
                    + (STALL_AT + j) + ")");
        }
    }

    /** Samples whose value is at least {@code ns}, counting the histogram bucket that holds {@code ns}. */
    private static long countAtOrAbove(Histogram h, long ns) {
        return h.getCountBetweenValues(h.lowestEquivalentValue(ns), h.getMaxValue());
    }

    /** One end that, having received message {@code stallAt}, holds it for {@code stallNs} before returning it. */
    private static final class StallingChannel implements Channel {
        private final Channel delegate;
        private final int stallAt;
        private final long stallNs;
        private int received;

        StallingChannel(Channel delegate, int stallAt, long stallNs) {
            this.delegate = delegate;
            this.stallAt = stallAt;
            this.stallNs = stallNs;
        }

        @Override
        public void send(byte[] message, int length) throws IOException {
            delegate.send(message, length);
        }

        @Override
        public void receive(byte[] message, int length) throws IOException {
            delegate.receive(message, length);
            if (received++ == stallAt) {
                long end = System.nanoTime() + stallNs;
                for (long left = stallNs; left > 0; left = end - System.nanoTime()) {
                    LockSupport.parkNanos(left);
                }
            }
        }

        @Override
        public boolean tryReceive(byte[] message, int length) throws IOException {
            throw new UnsupportedOperationException("the responder blocks");
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
