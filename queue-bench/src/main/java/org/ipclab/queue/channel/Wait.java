package org.ipclab.queue.channel;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

/**
 * How a polling channel idles between polls ({@code wait=spin|yield|park}): spin keeps a CPU busy
 * (lowest latency); yield and park let processes outnumber cores. Each is one of Agrona's stateless
 * idle strategies, so one instance serves every thread.
 */
public enum Wait {
    SPIN(BusySpinIdleStrategy.INSTANCE),
    YIELD(YieldingIdleStrategy.INSTANCE),
    PARK(new SleepingIdleStrategy(1_000));

    private final IdleStrategy idleStrategy;

    Wait(IdleStrategy idleStrategy) {
        this.idleStrategy = idleStrategy;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    IdleStrategy idleStrategy() {
        return idleStrategy;
    }

    /** The wait named {@code label}; the message names the bad value and the valid ones. */
    public static Wait named(String label) {
        return Arrays.stream(values()).filter(w -> w.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown wait '" + label + "' (valid: "
                        + Arrays.stream(values()).map(Wait::label).collect(Collectors.joining(", ")) + ")"));
    }
}
