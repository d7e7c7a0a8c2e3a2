package org.ipclab.queue.link;

import java.time.Duration;
import java.util.Map;
import org.ipclab.core.CaseContext;
import org.ipclab.core.remote.RemotePeer;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.ChannelAbortedException;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.channel.Watchdog;
import org.ipclab.queue.transport.ProcessTransport;
import org.ipclab.queue.transport.ThreadTransport;

/**
 * A case's channel with a responder at the far end (a peer JVM, a thread, or {@code serve} on another
 * host), and everything needed
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

    /** The one-word reason a link could not be opened: what {@code error} says of itself, else its kind. */
    static String openFailureReason(Exception error) {
        String own = Failures.ownReason(error);
        return own != null ? own : Failures.fallback(error);
    }

    /** What the link knows worth keeping in run.json (a remote responder's environment); none by default. */
    default Map<String, Object> facts() {
        return Map.of();
    }

    @Override
    void close();

    /**
     * Opens the knobs' channel with a responder at the far end: a tcp connection to the peer host's
     * when they name one, else a peer JVM for process transports, a thread for jvm- ones.
     *
     * @throws ChannelAbortedException {@code peer-host-<why>} when the peer host's responder can't be had
     */
    static Link open(CaseContext context, ChannelKnobs knobs, Duration timeout) throws Exception {
        if (knobs.peerHost().isPresent()) {
            return toPeerHost(knobs.peerHost().get(), knobs.size(), timeout);
        }
        Waiter waiter = new Waiter(knobs.waiting(), new Watchdog(timeout));
        if (knobs.transport() instanceof ProcessTransport process) {
            return PeerLink.open(context, process, knobs, waiter);
        }
        return ThreadLink.open((ThreadTransport) knobs.transport(), knobs.size(), waiter);
    }

    /** A tcp channel to the responder on {@code host}, the run's peer host ({@code --peer-host}). */
    private static Link toPeerHost(String host, int size, Duration timeout) throws ChannelAbortedException {
        RemotePeer peer = RemotePeer.configured().filter(p -> p.address().host().equals(host))
                .orElseThrow(() -> new ChannelAbortedException("peer-host-not-given"));
        return RemoteLink.open(peer, size, new Watchdog(timeout));
    }
}
