package org.ipclab.queue.link;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.ChannelAbortedException;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.channel.Watchdog;
import org.ipclab.queue.message.MessageCodec;
import org.ipclab.queue.rig.Responder;
import org.ipclab.queue.transport.ThreadTransport;

/** A jvm- channel with the {@link Responder} on a second thread of this JVM. */
final class ThreadLink implements Link {
    private static final long FINISH_TIMEOUT_MS = 10_000;

    private final Channel[] ends;
    private final Watchdog watchdog;
    private final Thread responder;
    private volatile Throwable error;

    private ThreadLink(Channel[] ends, Watchdog watchdog, int size) {
        this.ends = ends;
        this.watchdog = watchdog;
        this.responder = new Thread(() -> respond(size), "queue-responder");
        responder.setDaemon(true);
    }

    static ThreadLink open(ThreadTransport transport, int size, Waiter waiter) {
        ThreadLink link = new ThreadLink(transport.pair(size, waiter), waiter.watchdog(), size);
        link.responder.start();
        return link;
    }

    private void respond(int size) {
        try {
            Responder.run(ends[1], new MessageCodec(size));
        } catch (Throwable t) {
            error = t;
            String own = Failures.ownReason(t);
            watchdog.fail(own != null ? own : "responder-" + Failures.fallback(t));
        }
    }

    @Override
    public Channel channel() {
        return ends[0];
    }

    @Override
    public Watchdog watchdog() {
        return watchdog;
    }

    @Override
    public void finish() throws Exception {
        responder.join(Math.min(FINISH_TIMEOUT_MS, TimeUnit.NANOSECONDS.toMillis(watchdog.remainingNs()) + 1));
        if (responder.isAlive()) {
            watchdog.fail("timeout");
        }
        if (watchdog.failure() != null) {
            throw new ChannelAbortedException(watchdog.failure());
        }
    }

    @Override
    public String failureReason(Exception failure) {
        String own = Failures.ownReason(failure);
        if (own != null) {
            return own;
        }
        return watchdog.failure() != null ? watchdog.failure() : Failures.fallback(failure);
    }

    @Override
    public void close() {
        if (responder.isAlive()) {
            watchdog.fail("closed");
            responder.interrupt();
            try {
                responder.join(FINISH_TIMEOUT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Channel end : ends) {
            try {
                end.close();
            } catch (IOException e) {
                System.err.println("warning: closing a jvm channel: " + e);
            }
        }
    }
}
