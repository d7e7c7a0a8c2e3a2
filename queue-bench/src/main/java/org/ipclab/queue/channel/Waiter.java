package org.ipclab.queue.channel;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * How a polling channel waits for data or room ({@code wait=spin|yield|park}), checking its
 * {@link Watchdog} every {@value #CHECK_EVERY} idles so no wait outlives the case. Stateless: the
 * caller passes its own loop counter, so one waiter serves a sending and a receiving thread.
 */
public final class Waiter {
    static final int CHECK_EVERY = 1024;
    private static final long PARK_NS = 1_000;

    /** spin keeps a CPU busy (lowest latency); yield and park let processes outnumber cores. */
    public enum Strategy {
        SPIN, YIELD, PARK;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Strategy parse(String text) {
            for (Strategy s : values()) {
                if (s.label().equals(text)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown wait '" + text + "' (valid: "
                    + Arrays.stream(values()).map(Strategy::label).collect(Collectors.joining(", ")) + ")");
        }
    }

    private final Strategy strategy;
    private final Watchdog watchdog;

    public Waiter(Strategy strategy, Watchdog watchdog) {
        this.strategy = strategy;
        this.watchdog = watchdog;
    }

    public Strategy strategy() {
        return strategy;
    }

    public Watchdog watchdog() {
        return watchdog;
    }

    /** One idle step of a wait loop; {@code iteration} counts from 0 for each wait. */
    public void idle(int iteration) throws ChannelAbortedException {
        if ((iteration & (CHECK_EVERY - 1)) == CHECK_EVERY - 1) {
            watchdog.check();
        }
        switch (strategy) {
            case SPIN -> Thread.onSpinWait();
            case YIELD -> Thread.yield();
            case PARK -> LockSupport.parkNanos(PARK_NS);
        }
    }

    /** A blocking receive for a channel that can only poll: tries {@code channel}, idling between tries. */
    public void receive(Channel channel, byte[] message, int length) throws IOException {
        for (int i = 0; !channel.tryReceive(message, length); i++) {
            idle(i);
        }
    }
}
