package org.ipclab.queue.link;

import java.time.Duration;
import org.ipclab.core.CaseContext;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.channel.Watchdog;

/**
 * A case's channel with a responder at the far end (a peer JVM or a thread), and everything needed
 * to stop it: closing a link never leaves a process, a thread or a file behind.
 */
public interface Link extends AutoCloseable {

    /** This side's end of the channel. */
    Channel channel();

    Watchdog watchdog();

    /** Waits (bounded) for the responder to end cleanly after it echoed the STOP message. */
    void finish() throws Exception;

    /** The one-word reason this link's case failed with {@code error}: the peer's exit, a timeout, corruption. */
    String failureReason(Exception error);

    @Override
    void close();

    /** Opens the transport: starts a peer JVM for process transports, a thread for jvm- ones. */
    static Link open(CaseContext context, Transport transport, int size, Waiter.Strategy wait, Duration timeout)
            throws Exception {
        Watchdog watchdog = new Watchdog(timeout);
        Waiter waiter = new Waiter(wait, watchdog);
        if (transport instanceof ProcessTransport process) {
            return PeerLink.open(context, process, size, waiter);
        }
        return ThreadLink.open((JvmTransport) transport, size, waiter);
    }
}
