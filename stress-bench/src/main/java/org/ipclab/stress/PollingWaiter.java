package org.ipclab.stress;

import java.time.Duration;
import org.ipclab.queue.channel.Wait;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.channel.Watchdog;

/** The waiters the channel tests hand their channels. */
final class PollingWaiter {
    /**
     * A correct channel makes an actor wait only inside a message whose rest is a few stores away; a
     * broken one could make it wait forever, and jcstress would never end the fork. The bound counts
     * from the waiter's making, so the ring tests make theirs when the actor starts.
     */
    private static final Duration BOUND = Duration.ofSeconds(1);

    private PollingWaiter() {
    }

    /** A spinning waiter whose watchdog ends the wait, with a ChannelAbortedException, after a second. */
    static Waiter bounded() {
        return new Waiter(Wait.SPIN, new Watchdog(BOUND));
    }
}
