package org.ipclab.queue.rig;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.queue.message.MessageCodec;

/**
 * One-way streaming: messages sent back to back, every {@code window}-th flagged for reply and its
 * echo awaited before the next message, so at most one window is in flight: unbounded queues can't
 * run away with the heap, the count holds only delivered messages, and a stream channel never has
 * both sides blocked writing (an echo waiting in a full pipe while the sender fills the other one).
 * An iteration ends with a flagged message whose echo stops its clock.
 */
public final class ThroughputRig {
    /** Messages between clock reads. */
    private static final int BATCH = 64;
    /** Bytes in flight per window, at most. */
    private static final long WINDOW_BYTES = 8L << 20;

    private final Session session;
    private final int window;
    private boolean warmUpCapped;

    public ThroughputRig(Session session) {
        this.session = session;
        this.window = (int) Math.max(16, Math.min(1024, WINDOW_BYTES / session.size()));
    }

    public int window() {
        return window;
    }

    /** Runs {@code iterations} of about {@code iterationNs} each; returns each one's messages per second. */
    public List<Double> run(int iterations, long iterationNs) throws IOException {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            rates.add(iteration(iterationNs));
        }
        return rates;
    }

    /** Streams until {@code warmup} is over; returns the messages sent (all delivered and verified). */
    public long warmUp(Warmup warmup) throws IOException {
        long start = System.nanoTime();
        long count = 0;
        do {
            count = batch(count);
        } while (!warmup.over(count, System.nanoTime() - start));
        warmUpCapped = warmup.capped(System.nanoTime() - start);
        send(true);
        return count + 1;
    }

    /** Whether the last warm-up ended at its time cap (short of its minimum count on a slow or loaded machine). */
    public boolean warmUpCapped() {
        return warmUpCapped;
    }

    private double iteration(long iterationNs) throws IOException {
        long start = System.nanoTime();
        long count = 0;
        do {
            count = batch(count);
        } while (System.nanoTime() - start < iterationNs);
        send(true);
        count++;
        return count * 1e9 / (System.nanoTime() - start);
    }

    /** Sends one batch between clock reads, continuing from message {@code count}; returns the new count. */
    private long batch(long count) throws IOException {
        for (int k = 0; k < BATCH; k++) {
            send(count % window == window - 1);
            count++;
        }
        return count;
    }

    private void send(boolean flagged) throws IOException {
        if (flagged) {
            session.receiveEcho(session.send(MessageCodec.REPLY));
        } else {
            session.send(0);
        }
    }
}
