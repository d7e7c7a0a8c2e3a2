package org.ipclab.process.pool;

import java.util.Locale;

/**
 * What a pool task does: a fixed amount of computation, a sleep, or nothing (to time the hand-off
 * alone). Every kind returns an answer that depends on its seed, so a lost, swapped or stale
 * result is caught by comparing it with {@link #expected}.
 */
public enum Work {
    CPU, SLEEP, NONE;

    /** About a millisecond of xorshift once compiled; long enough to dwarf a thread hand-off. */
    static final int CPU_ROUNDS = 1_000_000;
    static final long SLEEP_MS = 5;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public long run(long seed) {
        switch (this) {
            case CPU:
                return xorshift(seed);
            case SLEEP:
                try {
                    Thread.sleep(SLEEP_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("task interrupted", e);
                }
                return mix(seed);
            default:
                return mix(seed);
        }
    }

    /** The answer {@link #run} must give, computed without sleeping. */
    public long expected(long seed) {
        return this == CPU ? xorshift(seed) : mix(seed);
    }

    private static long xorshift(long seed) {
        long x = seed | 1;
        for (int i = 0; i < CPU_ROUNDS; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    private static long mix(long seed) {
        return seed * 0x9E3779B97F4A7C15L + 1;
    }
}
