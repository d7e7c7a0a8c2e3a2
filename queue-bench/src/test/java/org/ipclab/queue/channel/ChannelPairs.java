package org.ipclab.queue.channel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ipclab.queue.transport.ProcessTransport;
import org.ipclab.queue.transport.ThreadTransport;
import org.ipclab.queue.transport.Transport;
import org.ipclab.queue.transport.Transports;

/**
 * Both ends of every registered channel inside one JVM, so the contract test can drive each without a
 * peer process: a process channel's peer end is opened on a thread, through the same calls a peer JVM
 * makes, with two {@code cat} processes standing in for the peer's stdin and stdout.
 */
final class ChannelPairs {
    private static final String SECRET = "0123456789abcdef";

    /** Two ends and whatever must be released after them (Aeron's driver, the cat processes). */
    record Ends(Channel first, Channel second, AutoCloseable resources) {
    }

    /**
     * A named way to open both ends: {@code streams} is false for strictly alternating channels,
     * {@code openLoop} false where a send waits for the other end to take the message.
     */
    record Factory(String name, boolean streams, boolean openLoop, int maxSize, Opener opener) {
        Factory(Transport transport, Opener opener) {
            this(transport.label(), transport.streams(), transport.openLoop(), transport.maxSize(), opener);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    interface Opener {
        Ends open(Path dir, int size, Waiter waiter) throws Exception;
    }

    private ChannelPairs() {
    }

    static List<Factory> all() {
        List<Factory> all = new ArrayList<>();
        all.add(new Factory("in-memory", true, true, Integer.MAX_VALUE, (dir, size, w) -> {
            InMemoryChannel[] ends = InMemoryChannel.pair(w.watchdog());
            return new Ends(ends[0], ends[1], () -> { });
        }));
        for (Transport t : Transports.all()) {
            if (t instanceof ProcessTransport process) {
                all.add(new Factory(t, (dir, size, w) -> openBoth(process, dir, size, w)));
            } else {
                all.add(new Factory(t, (dir, size, w) -> {
                    Channel[] ends = ((ThreadTransport) t).pair(size, w);
                    return new Ends(ends[0], ends[1], () -> { });
                }));
            }
        }
        return all;
    }

    /** The parent's calls on this thread, the peer's on another (FIFO opens, accepts and Aeron's connect wait for the other end). */
    private static Ends openBoth(ProcessTransport transport, Path dir, int size, Waiter waiter) throws Exception {
        // Real OS pipes through the JDK's process streams, as a peer's stdin/stdout: cat relays each way.
        Process toPeer = new ProcessBuilder("cat").start();
        Process toParent = new ProcessBuilder("cat").start();
        AutoCloseable cats = () -> {
            for (Process cat : List.of(toPeer, toParent)) {
                cat.destroy();
                cat.waitFor();
            }
        };
        ProcessTransport.Prepared prepared = transport.prepare(dir, size, waiter);
        CompletableFuture<Channel> peer = opening(() -> transport.openPeer(new ProcessTransport.End(dir, size, waiter,
                toPeer.getInputStream(), toParent.getOutputStream(), SECRET)));
        Channel parent = transport.connect(new ProcessTransport.End(dir, size, waiter,
                toParent.getInputStream(), toPeer.getOutputStream(), SECRET), prepared);
        return new Ends(parent, peer.get(10, TimeUnit.SECONDS), () -> {
            prepared.resources().close();
            cats.close();
        });
    }

    private interface Open {
        Channel open() throws IOException;
    }

    private static CompletableFuture<Channel> opening(Open open) {
        CompletableFuture<Channel> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(open.open());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "test-open-peer-end");
        thread.setDaemon(true);
        thread.start();
        return future;
    }
}
