package org.ipclab.queue.rig;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.queue.channel.Watchdog;
import org.ipclab.queue.message.MessageCodec;

/**
 * Open-loop latency at a fixed rate: this thread sends message i at its intended time t0 + i/rate
 * whatever happened before, a receiver thread takes the echoes, and each latency counts from the
 * intended send time, so a stall shows up in every message it delayed (no coordinated omission).
 *
 * <pre>
 *   sender thread ──message i at t0+i/rate──▶ responder
 *   receiver thread ◀──echo i── ; records now - (t0 + i/rate)
 * </pre>
 */
public final class FixedRateRig {
    /**
     * Gaps longer than this are slept (parked) through, shorter ones spun. A park overshoots by about
     * the kernel's 50 µs timer slack, so it aims that much early; sleeping matters because the sender
     * would otherwise be a third spinner beside the receiver and the responder.
     */
    private static final long PARK_ABOVE_NS = 70_000;
    private static final long PARK_SLACK_NS = 60_000;
    private static final long START_DELAY_NS = 1_000_000;

    private final Session session;
    private final Watchdog watchdog;

    /** What a run achieved: messages, and the rate at which they actually left. */
    public record Outcome(long messages, double achievedRate) {
    }

    public FixedRateRig(Session session, Watchdog watchdog) {
        this.session = session;
        this.watchdog = watchdog;
    }

    public Outcome run(double rate, long durationNs, LatencyRecorder recorder) throws IOException, InterruptedException {
        long messages = Math.max(1, (long) (rate * durationNs / 1e9));
        double periodNs = 1e9 / rate;
        long t0 = System.nanoTime() + START_DELAY_NS;
        int first = session.encodeNext(MessageCodec.REPLY);
        IOException[] receiverError = new IOException[1];
        Thread receiver = new Thread(() -> {
            try {
                for (long i = 0; i < messages; i++) {
                    session.receiveEcho(first + (int) i);
                    recorder.record(System.nanoTime() - (t0 + (long) (i * periodNs)));
                }
            } catch (IOException e) {
                receiverError[0] = e;
                watchdog.fail("receiver-" + e.getClass().getSimpleName());
            }
        }, "queue-fixed-rate-receiver");
        receiver.start();
        long lastSend = t0;
        try {
            for (long i = 0; i < messages; i++) {
                long intended = t0 + (long) (i * periodNs);
                awaitTime(intended);
                if (i > 0) {
                    session.encodeNext(MessageCodec.REPLY);
                }
                session.transmit();
                lastSend = System.nanoTime();
            }
        } finally {
            receiver.join(Math.max(1, watchdog.remainingNs() / 1_000_000));
            if (receiver.isAlive()) {
                watchdog.fail("timeout");
                receiver.join(5_000);
            }
        }
        if (receiverError[0] != null) {
            throw receiverError[0];
        }
        double elapsed = Math.max(lastSend - t0, periodNs * (messages - 1));
        return new Outcome(messages, messages <= 1 ? rate : (messages - 1) * 1e9 / elapsed);
    }

    private static void awaitTime(long intended) {
        long now;
        while ((now = System.nanoTime()) < intended) {
            if (intended - now > PARK_ABOVE_NS) {
                LockSupport.parkNanos(intended - now - PARK_SLACK_NS);
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
