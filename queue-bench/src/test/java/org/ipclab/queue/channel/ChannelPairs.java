package org.ipclab.queue.channel;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ipclab.queue.link.JvmTransport;

/** Both ends of every channel inside one JVM, so the contract test can drive each without a peer process. */
final class ChannelPairs {
    private static final String SECRET = "0123456789abcdef";

    /** Two ends and whatever must be released after them (Aeron's driver). */
    record Ends(Channel first, Channel second, AutoCloseable resources) {
    }

    /**
     * A named way to open both ends: {@code streams} is false for strictly alternating channels,
     * {@code openLoop} false where a send waits for the other end to take the message.
     */
    record Factory(String name, boolean streams, boolean openLoop, Opener opener) {
        Factory(String name, boolean streams, Opener opener) {
            this(name, streams, streams, opener);
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
        List<Factory> all = new ArrayList<>(List.of(
                new Factory("in-memory", true, (dir, size, w) -> {
                    InMemoryChannel[] ends = InMemoryChannel.pair(w.watchdog());
                    return new Ends(ends[0], ends[1], () -> { });
                }),
                new Factory("pipe", true, (dir, size, w) -> {
                    // Real OS pipes through the JDK's process streams, as a peer's stdin/stdout: cat relays each way.
                    Process ab = new ProcessBuilder("cat").start();
                    Process ba = new ProcessBuilder("cat").start();
                    return new Ends(new PipeChannel(ba.getInputStream(), ab.getOutputStream()),
                            new PipeChannel(ab.getInputStream(), ba.getOutputStream()), () -> {
                                for (Process cat : List.of(ab, ba)) {
                                    cat.destroy();
                                    cat.waitFor();
                                }
                            });
                }),
                new Factory("fifo", true, (dir, size, w) -> {
                    FifoChannel.create(dir);
                    CompletableFuture<Channel> peer = opening(() -> FifoChannel.openPeer(dir));
                    Channel parent = FifoChannel.openParent(dir);
                    return new Ends(parent, peer.get(10, TimeUnit.SECONDS), () -> { });
                }),
                new Factory("tcp", true, (dir, size, w) -> {
                    ServerSocketChannel server = TcpChannel.listen();
                    CompletableFuture<Channel> peer = opening(() -> TcpChannel.accept(server, SECRET, size));
                    Channel parent = TcpChannel.connect(TcpChannel.port(server), SECRET, size);
                    return new Ends(parent, peer.get(10, TimeUnit.SECONDS), () -> { });
                }),
                new Factory("uds", true, (dir, size, w) -> {
                    ServerSocketChannel server = UdsChannel.listen(dir);
                    CompletableFuture<Channel> peer = opening(() -> UdsChannel.accept(server, SECRET, size));
                    Channel parent = UdsChannel.connect(dir, SECRET, size);
                    return new Ends(parent, peer.get(10, TimeUnit.SECONDS), () -> { });
                }),
                new Factory("mmap", true, (dir, size, w) ->
                        new Ends(MappedRingChannel.create(dir, w), MappedRingChannel.open(dir, w), () -> { })),
                new Factory("shm", false, (dir, size, w) ->
                        new Ends(SharedLineChannel.create(dir, size, w), SharedLineChannel.open(dir, size, w), () -> { })),
                new Factory("chronicle", true, (dir, size, w) ->
                        new Ends(ChronicleChannel.openParent(dir, w), ChronicleChannel.openPeer(dir, w), () -> { })),
                new Factory("aeron", true, (dir, size, w) -> {
                    AutoCloseable driver = AeronChannel.launchDriver(dir);
                    CompletableFuture<Channel> peer = opening(() -> AeronChannel.openPeer(dir, w));
                    Channel parent = AeronChannel.openParent(dir, w);
                    return new Ends(parent, peer.get(10, TimeUnit.SECONDS), driver);
                })));
        for (JvmTransport t : JvmTransport.values()) {
            all.add(new Factory(t.label(), true, t.openLoop(), (dir, size, w) -> {
                Channel[] ends = t.pair(size, w);
                return new Ends(ends[0], ends[1], () -> { });
            }));
        }
        return all;
    }

    private interface Open {
        Channel open() throws IOException;
    }

    /** Opens one end on another thread: FIFO opens, accepts and Aeron's connect wait for the other end. */
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
