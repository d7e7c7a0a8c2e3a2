package org.ipclab.queue.channel;

import java.io.IOException;

/**
 * How a polling channel waits for data or room: its {@link Wait}'s idle strategy, checking the
 * {@link Watchdog} every {@value #CHECK_EVERY} idles so no wait outlives the case. Stateless: the
 * caller passes its own loop counter, so one waiter serves a sending and a receiving thread.
 */
public final class Waiter {
    static final int CHECK_EVERY = 1024;

    private final Wait wait;
    private final Watchdog watchdog;

    public Waiter(Wait wait, Watchdog watchdog) {
        this.wait = wait;
        this.watchdog = watchdog;
    }

    public Watchdog watchdog() {
        return watchdog;
    }

    /** One idle step of a wait loop; {@code iteration} counts from 0 for each wait. */
    public void idle(int iteration) throws ChannelAbortedException {
        if ((iteration & (CHECK_EVERY - 1)) == CHECK_EVERY - 1) {
            watchdog.check();
        }
        wait.idleStrategy().idle();
    }

    /** A blocking receive for a channel that can only poll: tries {@code channel}, idling between tries. */
    public void receive(Channel channel, byte[] message, int length) throws IOException {
        for (int i = 0; !channel.tryReceive(message, length); i++) {
            idle(i);
        }
    }
}
