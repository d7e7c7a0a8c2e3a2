package org.ipclab.queue.rig;

import java.io.IOException;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.queue.channel.Watchdog;
import org.ipclab.queue.message.MessageCodec;

/**
 * Open-loop latency at a fixed rate on ONE thread: message i is due at t0 + i/rate whatever happened
 * before; between sends the thread polls for echoes, and each echo's latency counts from its message's
 * intended send time, so a stall shows up in every message it delayed (no coordinated omission).
 * One thread, not a sender and a receiver, because on a small machine a third busy thread beside the
 * responder measures the scheduler instead of the channel.
 *
 * <pre>
 *   rig thread ──message i when t0+i/rate is due──▶ responder
 *              ◀──echo i── polled between sends; records now - (t0 + i/rate)
 * </pre>
 */
public final class FixedRateRig {
    private static final long START_DELAY_NS = 1_000_000;
    /**
     * Bytes in flight at most: less than any channel buffers (a pipe holds 64 KiB), so a send never
     * blocks on a full channel while the responder blocks on echoes this thread has not taken yet.
     */
    private static final int IN_FLIGHT_BYTES = 32 << 10;
    private static final int MAX_IN_FLIGHT = 1024;
    private static final int CHECK_EVERY = 1 << 14;

    private final Session session;
    private final Watchdog watchdog;
    private final int window;

    /** What a run achieved: messages, and the rate at which they actually left. */
    public record Outcome(long messages, double achievedRate) {
    }

    public FixedRateRig(Session session, Watchdog watchdog) {
        this.session = session;
        this.watchdog = watchdog;
        this.window = Math.max(1, Math.min(MAX_IN_FLIGHT, IN_FLIGHT_BYTES / session.size()));
    }

    /** Messages sent but not yet echoed, at most; a message due while the window is full leaves late (and counts so). */
    public int window() {
        return window;
    }

    public Outcome run(double rate, long durationNs, LatencyRecorder recorder) throws IOException {
        return run(rate, durationNs, Long.MAX_VALUE, recorder);
    }

    /**
     * As {@link #run(double, long, LatencyRecorder)}, but no message is sent once {@code maxNs} have
     * passed since the start (those in flight are still taken): a channel far behind the rate then
     * ends its run on time, with fewer messages than planned.
     */
    public Outcome run(double rate, long durationNs, long maxNs, LatencyRecorder recorder) throws IOException {
        long messages = Math.max(1, (long) (rate * durationNs / 1e9));
        double periodNs = 1e9 / rate;
        long t0 = System.nanoTime() + START_DELAY_NS;
        int first = session.encodeNext(MessageCodec.REPLY);
        long sent = 0;
        long received = 0;
        long lastSend = t0;
        for (int idle = 0; received < messages; ) {
            if (received < sent && session.tryReceiveEcho(first + (int) received)) {
                recorder.record(System.nanoTime() - intended(t0, received, periodNs));
                received++;
            } else if (sent < messages && sent - received < window
                    && System.nanoTime() - intended(t0, sent, periodNs) >= 0) {
                session.transmit();
                lastSend = System.nanoTime();
                if (lastSend - t0 >= maxNs) {
                    messages = sent + 1;
                }
                if (++sent < messages) {
                    session.encodeNext(MessageCodec.REPLY);
                }
            } else {
                if ((++idle & (CHECK_EVERY - 1)) == 0) {
                    watchdog.check();
                    if (sent < messages && System.nanoTime() - t0 >= maxNs) {
                        messages = sent + 1; // the next message is encoded already: it still goes
                    }
                }
                Thread.onSpinWait();
            }
        }
        double elapsed = Math.max(lastSend - t0, periodNs * (messages - 1));
        return new Outcome(messages, messages <= 1 ? rate : (messages - 1) * 1e9 / elapsed);
    }

    private static long intended(long t0, long index, double periodNs) {
        return t0 + (long) (index * periodNs);
    }
}
