package org.ipclab.queue.rig;

import java.time.Duration;

/**
 * When a rig's warm-up is over: once {@code minTime} has passed AND {@code minCount} operations are
 * done, or at {@code maxTime} whatever the count. Time alone starves slow channels of warm-up (2 000
 * round trips of 60 µs in 200 ms) and slow starters (Chronicle's early round trips are 20x its
 * steady ones); the cap keeps a very slow channel from stalling its case.
 */
public record Warmup(Duration minTime, long minCount, Duration maxTime) {

    public Warmup {
        if (minCount < 0 || minTime.isNegative() || maxTime.compareTo(minTime) < 0) {
            throw new IllegalArgumentException("warm-up needs 0 <= minTime <= maxTime and minCount >= 0: "
                    + minTime + ", " + minCount + ", " + maxTime);
        }
    }

    /** True once {@code count} operations over {@code elapsedNs} are enough, or the time is up. */
    public boolean over(long count, long elapsedNs) {
        return capped(elapsedNs) || (count >= minCount && elapsedNs >= minTime.toNanos());
    }

    /** True when {@code elapsedNs} reached the cap: the warm-up ended on time, maybe short of its count. */
    public boolean capped(long elapsedNs) {
        return elapsedNs >= maxTime.toNanos();
    }

    /** How long this warm-up takes when one operation takes {@code perOperation}. */
    public Duration expected(Duration perOperation) {
        Duration forCount = perOperation.multipliedBy(minCount);
        Duration atLeast = forCount.compareTo(minTime) > 0 ? forCount : minTime;
        return atLeast.compareTo(maxTime) < 0 ? atLeast : maxTime;
    }
}
