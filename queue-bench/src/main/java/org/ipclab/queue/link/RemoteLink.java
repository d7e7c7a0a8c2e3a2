package org.ipclab.queue.link;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.remote.Handshake;
import org.ipclab.core.remote.HandshakeException;
import org.ipclab.core.remote.RemotePeer;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.ChannelAbortedException;
import org.ipclab.queue.channel.ChannelClosedException;
import org.ipclab.queue.channel.TcpChannel;
import org.ipclab.queue.channel.Watchdog;

/**
 * A tcp channel to a responder on another host ({@code ipc-lab serve}): the same {@link
 * org.ipclab.queue.rig.Responder} as a peer JVM's, reached over the network after the handshake. At
 * the case's deadline the socket is closed, which ends a blocked read.
 *
 * <pre>
 *   case JVM (rig) ──tcp──▶ serve on the peer host (handshake, then Responder: verify, echo when asked)
 *                  ◀─tcp──
 * </pre>
 */
final class RemoteLink implements Link {
    private final RemotePeer.Session session;
    private final Channel channel;
    private final Watchdog watchdog;
    private final Thread timer;

    private RemoteLink(RemotePeer.Session session, Channel channel, Watchdog watchdog) {
        this.session = session;
        this.channel = channel;
        this.watchdog = watchdog;
        this.timer = new Thread(this::abortAtDeadline, "queue-remote-timer");
        timer.setDaemon(true);
    }

    static RemoteLink open(RemotePeer peer, int size, Watchdog watchdog) throws ChannelAbortedException {
        RemotePeer.Session session;
        try {
            session = peer.open(Handshake.respond(size));
        } catch (IOException | RuntimeException e) {
            throw new ChannelAbortedException("peer-host-" + openFailure(e));
        }
        try {
            RemoteLink link = new RemoteLink(session, TcpChannel.over(session.socket(), size), watchdog);
            link.timer.start();
            return link;
        } catch (IOException e) {
            closeQuietly(session);
            throw new ChannelAbortedException("peer-host-" + Failures.fallback(e));
        }
    }

    /** One word for why the responder could not be had: refused, timeout, wrong-secret, … */
    private static String openFailure(Exception e) {
        if (e instanceof HandshakeException handshake) {
            return handshake.reason();
        }
        if (e instanceof ConnectException) {
            return "refused";
        }
        if (e instanceof SocketTimeoutException) {
            return "timeout";
        }
        return Failures.fallback(e);
    }

    private void abortAtDeadline() {
        try {
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(watchdog.remainingNs()) + 1);
            if (watchdog.fail("timeout")) {
                closeQuietly(session);
            }
        } catch (InterruptedException e) {
            // closed in time
        }
    }

    private static void closeQuietly(RemotePeer.Session session) {
        try {
            session.socket().close();
        } catch (IOException e) {
            System.err.println("warning: closing the connection to the peer host: " + e);
        }
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Watchdog watchdog() {
        return watchdog;
    }

    /** The responder ends its session after echoing STOP: nothing is left to wait for. */
    @Override
    public void finish() {
    }

    @Override
    public String failureReason(Exception error) {
        String own = Failures.ownReason(error);
        if (own != null) {
            return own;
        }
        if (watchdog.failure() != null) {
            return watchdog.failure();
        }
        // The responder closes the connection when a message fails its check, or when it is stopped.
        return error instanceof ChannelClosedException ? "peer-host-closed" : Failures.fallback(error);
    }

    /** The responder's host and JVM as it described them in this connection's handshake. */
    @Override
    public Map<String, Object> facts() {
        return Map.of("peerHost", session.environment());
    }

    @Override
    public void close() {
        timer.interrupt();
        try {
            channel.close();
        } catch (IOException e) {
            System.err.println("warning: closing the tcp channel to the peer host: " + e);
        }
    }
}
