package org.ipclab.stress;

import java.time.Duration;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.channel.Watchdog;

/** The waiter the channel tests hand their channels. */
final class PollingWaiter {
    /**
     * The actors only poll, so it idles only inside a message that is half published; its watchdog
     * bounds that wait so a bug shows as an error, not as a fork that never ends.
     */
    static final Waiter SPIN = new Waiter(Waiter.Strategy.SPIN, new Watchdog(Duration.ofDays(1)));

    private PollingWaiter() {
    }
}
