package org.ipclab.queue.link;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.CaseContext;
import org.ipclab.core.Peer;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.ChannelAbortedException;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.channel.Watchdog;
import org.ipclab.queue.transport.ProcessTransport;

/**
 * A channel to a {@link ResponderRole} in a peer JVM. A peer that exits with an error, or a case that
 * outlives its timeout, trips the watchdog and aborts: the peer is killed (so blocked reads see end of
 * stream) and spinning waits give up at their next check.
 *
 * <pre>
 *   case JVM (rig) ──channel──▶ peer JVM (ResponderRole: verify, echo when asked)
 *                  ◀─channel──
 * </pre>
 */
final class PeerLink implements Link {
    private static final Duration FINISH_TIMEOUT = Duration.ofSeconds(10);

    private final ProcessTransport transport;
    private final Path dir;
    private final Watchdog watchdog;
    private final Thread timer;
    private ProcessTransport.Prepared prepared;
    private Peer peer;
    private Channel channel;
    private volatile boolean closing;

    private PeerLink(ProcessTransport transport, Path dir, Watchdog watchdog) {
        this.transport = transport;
        this.dir = dir;
        this.watchdog = watchdog;
        this.timer = new Thread(this::abortAtDeadline, "queue-link-timer");
        timer.setDaemon(true);
    }

    static PeerLink open(CaseContext context, ProcessTransport transport, ChannelKnobs knobs, Waiter waiter)
            throws Exception {
        PeerLink link = new PeerLink(transport, context.privateDir(), waiter.watchdog());
        try {
            link.timer.start();
            link.prepared = transport.prepare(link.dir, knobs.size(), waiter);
            String setup = ResponderRole.argument(knobs, link.dir, Duration.ofNanos(waiter.watchdog().remainingNs()));
            // A spinning channel is set against a floor taken between these same two processes, as placed now.
            link.peer = knobs.spinners() > 0
                    ? context.peers().startProbed(link.dir, ResponderRole.class, setup)
                    : context.peers().start(ResponderRole.class, setup);
            link.peer.process().onExit().thenAccept(p -> link.onPeerExit(p.exitValue()));
            link.channel = transport.connect(new ProcessTransport.End(link.dir, knobs.size(), waiter,
                    link.peer.in(), link.peer.out(), link.peer.secret()), link.prepared);
            return link;
        } catch (Exception e) {
            // Killed during its start or floor probe, a peer is not yet the link's: the launcher still knows it.
            String reason = link.peer == null
                    ? context.peers().deadPeerCause().orElseGet(() -> link.failureReason(e)) : link.failureReason(e);
            link.close();
            throw new ChannelAbortedException(reason, e);
        }
    }

    private void onPeerExit(int code) {
        // Exit 0 only follows the STOP echo: the data already sent must still be read, so no abort.
        if (code != 0 && !closing && watchdog.fail(Failures.peerExited(code))) {
            abort();
        }
    }

    private void abortAtDeadline() {
        try {
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(watchdog.remainingNs()) + 1);
            if (watchdog.fail("timeout")) {
                abort();
            }
        } catch (InterruptedException e) {
            // closed in time
        }
    }

    private void abort() {
        if (peer != null) {
            peer.process().destroyForcibly();
        }
        transport.unblock(dir);
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Watchdog watchdog() {
        return watchdog;
    }

    @Override
    public void finish() throws Exception {
        int code = peer.awaitExit(FINISH_TIMEOUT);
        if (code != 0) {
            throw new ChannelAbortedException(Failures.peerExited(code));
        }
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
        if (peer != null) {
            try {
                if (peer.process().waitFor(Peer.REAP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    return Failures.peerExited(peer.process().exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Failures.fallback(error);
    }

    @Override
    public void close() {
        closing = true;
        timer.interrupt();
        try {
            Channel made = prepared == null ? null : prepared.channel();
            if (channel != null && channel != made) {
                channel.close();
            }
            if (made != null) {
                made.close();
            }
        } catch (Exception e) {
            System.err.println("warning: closing the " + transport.label() + " channel: " + e);
        } finally {
            if (peer != null) {
                peer.close();
            }
            if (prepared != null) {
                try {
                    prepared.resources().close();
                } catch (Exception e) {
                    System.err.println("warning: releasing " + transport.label() + " resources: " + e);
                }
            }
        }
    }
}
