package org.ipclab.core.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A short floor measured between the very two processes a case is about to use: one cache line
 * ping-ponged for at most {@value #BUDGET_MS} ms right after the peer's handshake. Dividing a channel's
 * round trip by it divides numbers taken under one placement, which the run's own floor (another JVM
 * pair, another moment) cannot promise.
 */
public final class FloorProbe {
    /** The peer finds the probe's mapped file here; absent, it skips the probe. */
    public static final String FILE_ENV = "IPCLAB_FLOOR_PROBE";
    static final long BUDGET_MS = 100;
    static final int MAX_ROUND_TRIPS = 50_000;
    private static final long ANSWER_TIMEOUT_NS = 5_000_000_000L;

    private FloorProbe() {
    }

    /** The rig's side: ping-pongs until the budget or the count is spent; returns the median of the second half (ns). */
    public static double measure(SharedCacheLine line) {
        long[] samples = new long[MAX_ROUND_TRIPS];
        int n = 0;
        long deadline = System.nanoTime() + BUDGET_MS * 1_000_000;
        try {
            for (long i = 1; i <= MAX_ROUND_TRIPS && System.nanoTime() < deadline; i++) {
                long start = System.nanoTime();
                line.put(SharedCacheLine.PING, i);
                long pong = line.awaitChange(SharedCacheLine.PONG, i - 1, start + ANSWER_TIMEOUT_NS);
                samples[n++] = System.nanoTime() - start;
                if (pong != i) {
                    throw new IllegalStateException("floor probe echo out of order: sent " + i + ", got " + pong);
                }
            }
        } finally {
            line.put(SharedCacheLine.PING, SharedCacheLine.STOP);
        }
        // The first half is the probe's own warm-up (class loading, JIT, both threads finding their CPU).
        long[] steady = Arrays.copyOfRange(samples, n / 2, n);
        Arrays.sort(steady);
        return steady.length == 0 ? Double.NaN : steady[steady.length / 2];
    }

    /** The peer's side, run before its role when the rig asked for a probe. */
    public static void echo(Path file) throws IOException {
        CacheLineEchoRole.echo(SharedCacheLine.open(file));
    }
}
