package org.ipclab.queue.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Waiter;

/**
 * A channel between two JVM processes, and how each side sets one up. The parent prepares what must
 * exist before the peer starts (FIFOs, mappings, the Aeron driver), starts the peer, then connects;
 * the peer opens its end. Both sides see the peer's stdin and stdout, for a pipe or an announcement.
 */
public interface ProcessTransport extends Transport {

    /**
     * One side's view: the case's private folder and size, its waiter, the streams to the other side
     * (the parent's {@code in} is the peer's stdout) and the run's secret.
     */
    record End(Path dir, int size, Waiter waiter, InputStream in, OutputStream out, String secret) {
    }

    /** What the parent set up before the peer started: the channel when it is made then (mappings), and what to release. */
    record Prepared(Channel channel, AutoCloseable resources) {
        public static final Prepared NOTHING = new Prepared(null, () -> { });

        static Prepared channel(Channel channel) {
            return new Prepared(channel, () -> { });
        }
    }

    /** Parent, before the peer starts. */
    default Prepared prepare(Path dir, int size, Waiter waiter) throws IOException, InterruptedException {
        return Prepared.NOTHING;
    }

    /** Parent, once the peer has answered its handshake. */
    default Channel connect(End parent, Prepared prepared) throws IOException {
        return prepared.channel();
    }

    /** Peer: opens its end. */
    Channel openPeer(End peer) throws IOException;

    /** Parent, when the case is aborted: frees a thread blocked setting up (a FIFO open). */
    default void unblock(Path dir) {
    }

    /** Measured on a 2-vCPU guest over a full run: a peer JVM's start and teardown. */
    @Override
    default Duration startup() {
        return Duration.ofMillis(500);
    }
}
