package org.ipclab.queue.transport;

import java.time.Duration;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Waiter;

/**
 * A channel between two threads of the case JVM ({@code jvm-...}): how to make both ends, and whether
 * they poll. Open-loop and the 16 MiB cap unless {@link #closedLoop()} or {@link #maxSize(int)} say otherwise.
 */
public record ThreadTransport(String label, boolean polls, boolean openLoop, int maxSize, Pairing pairing)
        implements Transport {

    /** Makes both ends, {first, second}; the second goes to the responder thread. */
    public interface Pairing {
        Channel[] pair(int size, Waiter waiter);
    }

    ThreadTransport(String label, boolean polls, Pairing pairing) {
        this(label, polls, true, 16 << 20, pairing);
    }

    /** A channel whose send waits for the other end to take the message (a SynchronousQueue). */
    ThreadTransport closedLoop() {
        return new ThreadTransport(label, polls, false, maxSize, pairing);
    }

    ThreadTransport maxSize(int bytes) {
        return new ThreadTransport(label, polls, openLoop, bytes, pairing);
    }

    public Channel[] pair(int size, Waiter waiter) {
        return pairing.pair(size, waiter);
    }

    /** The case JVM, a second thread and the teardown: no peer JVM. */
    @Override
    public Duration startup() {
        return Duration.ofMillis(300);
    }
}
