package org.ipclab.queue.channel;

import java.time.Duration;

/**
 * Bounds every wait of a case: a deadline, plus a failure any thread may raise (the other end died,
 * a responder thread threw). Waiters consult it every so often, so it must stay cheap: a volatile
 * read, and the clock only when asked.
 */
public final class Watchdog {
    private final long deadlineNs;
    private volatile String failure;

    public Watchdog(Duration timeout) {
        this.deadlineNs = System.nanoTime() + timeout.toNanos();
    }

    /** Records the first failure; later ones are ignored (the first is the cause). */
    public synchronized boolean fail(String reason) {
        if (failure != null) {
            return false;
        }
        failure = reason;
        return true;
    }

    /** The failure raised so far, or null. */
    public String failure() {
        return failure;
    }

    /** Throws when a failure was raised or the deadline passed. */
    public void check() throws ChannelAbortedException {
        String reason = failure;
        if (reason == null && System.nanoTime() - deadlineNs > 0) {
            fail("timeout");
            reason = failure;
        }
        if (reason != null) {
            throw new ChannelAbortedException(reason);
        }
    }

    public long remainingNs() {
        return Math.max(0, deadlineNs - System.nanoTime());
    }
}
