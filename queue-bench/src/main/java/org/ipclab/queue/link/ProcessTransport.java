package org.ipclab.queue.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.ipclab.core.Peer;
import org.ipclab.queue.channel.AeronChannel;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.ChannelClosedException;
import org.ipclab.queue.channel.ChronicleChannel;
import org.ipclab.queue.channel.FifoChannel;
import org.ipclab.queue.channel.MappedRingChannel;
import org.ipclab.queue.channel.PipeChannel;
import org.ipclab.queue.channel.SharedLineChannel;
import org.ipclab.queue.channel.TcpChannel;
import org.ipclab.queue.channel.UdsChannel;
import org.ipclab.queue.channel.Waiter;

/**
 * The channels between two JVM processes, and how each side sets one up. The parent prepares what
 * must exist before the peer starts (FIFOs, mappings, the Aeron driver), starts the peer, then
 * connects; the peer opens its end in {@link #openPeer}. Socket peers announce themselves with one
 * line on stdout ({@code LISTENING <port>}) before accepting.
 */
public enum ProcessTransport implements Transport {
    PIPE(false) {
        @Override
        public Channel openPeer(PeerEnd end) {
            return new PipeChannel(end.in(), end.out());
        }

        @Override
        Channel connect(Prepared prepared, Peer peer) {
            return new PipeChannel(peer.in(), peer.out());
        }
    },
    FIFO(false) {
        @Override
        Prepared prepare(Path dir, int maxSize, Waiter waiter) throws IOException, InterruptedException {
            FifoChannel.create(dir);
            return new Prepared(dir, maxSize, waiter, null, () -> { });
        }

        @Override
        public Channel openPeer(PeerEnd end) throws IOException {
            return FifoChannel.openPeer(end.dir());
        }

        @Override
        Channel connect(Prepared prepared, Peer peer) throws IOException {
            return FifoChannel.openParent(prepared.dir());
        }

        @Override
        void unblock(Path dir) {
            FifoChannel.unblockOpens(dir);
        }
    },
    TCP(false) {
        @Override
        public Channel openPeer(PeerEnd end) throws IOException {
            ServerSocketChannel server = TcpChannel.listen();
            announce(end.out(), TcpChannel.port(server));
            return TcpChannel.accept(server, end.secret(), end.maxSize());
        }

        @Override
        Channel connect(Prepared prepared, Peer peer) throws IOException {
            return TcpChannel.connect(awaitAnnouncement(peer.in()), peer.secret(), prepared.maxSize());
        }
    },
    UDS(false) {
        @Override
        public Channel openPeer(PeerEnd end) throws IOException {
            ServerSocketChannel server = UdsChannel.listen(end.dir());
            announce(end.out(), 0);
            return UdsChannel.accept(server, end.secret(), end.maxSize());
        }

        @Override
        Channel connect(Prepared prepared, Peer peer) throws IOException {
            awaitAnnouncement(peer.in());
            return UdsChannel.connect(prepared.dir(), peer.secret(), prepared.maxSize());
        }
    },
    MMAP(true) {
        @Override
        Prepared prepare(Path dir, int maxSize, Waiter waiter) throws IOException {
            return new Prepared(dir, maxSize, waiter, MappedRingChannel.create(dir, waiter), () -> { });
        }

        @Override
        public long scratchBytes(int size, Duration expected) {
            return MappedRingChannel.fileBytes();
        }

        @Override
        public Channel openPeer(PeerEnd end) throws IOException {
            return MappedRingChannel.open(end.dir(), end.waiter());
        }
    },
    CHRONICLE(true) {
        @Override
        public int maxSize() {
            return 1 << 20;
        }

        @Override
        public Channel openPeer(PeerEnd end) {
            return ChronicleChannel.openPeer(end.dir(), end.waiter());
        }

        @Override
        public long scratchBytes(int size, Duration expected) {
            return ChronicleChannel.folderBytes(size, expected.toMillis() / 1000.0);
        }

        @Override
        Channel connect(Prepared prepared, Peer peer) {
            return ChronicleChannel.openParent(prepared.dir(), prepared.waiter());
        }
    },
    AERON(true) {
        @Override
        public int maxSize() {
            return AeronChannel.MAX_SIZE;
        }

        @Override
        Prepared prepare(Path dir, int maxSize, Waiter waiter) {
            return new Prepared(dir, maxSize, waiter, null, AeronChannel.launchDriver(dir)::close);
        }

        @Override
        public long scratchBytes(int size, Duration expected) {
            return AeronChannel.DRIVER_FOLDER_BYTES;
        }

        @Override
        public Channel openPeer(PeerEnd end) throws IOException {
            return AeronChannel.openPeer(end.dir(), end.waiter());
        }

        @Override
        Channel connect(Prepared prepared, Peer peer) throws IOException {
            return AeronChannel.openParent(prepared.dir(), prepared.waiter());
        }
    },
    SHM(true) {
        @Override
        public boolean streams() {
            return false;
        }

        @Override
        Prepared prepare(Path dir, int maxSize, Waiter waiter) throws IOException {
            return new Prepared(dir, maxSize, waiter, SharedLineChannel.create(dir, maxSize, waiter), () -> { });
        }

        @Override
        public long scratchBytes(int size, Duration expected) {
            return SharedLineChannel.fileBytes(size);
        }

        @Override
        public Channel openPeer(PeerEnd end) throws IOException {
            return SharedLineChannel.open(end.dir(), end.maxSize(), end.waiter());
        }
    };

    private static final String ANNOUNCEMENT = "LISTENING ";

    private final boolean polls;

    ProcessTransport(boolean polls) {
        this.polls = polls;
    }

    /** What the peer's end gets: the private folder, the case's size, its waiter, stdin/stdout, the secret. */
    public record PeerEnd(Path dir, int maxSize, Waiter waiter, InputStream in, OutputStream out, String secret) {
    }

    /** What the parent set up before the peer started; {@code channel} when it is made then (mappings). */
    record Prepared(Path dir, int maxSize, Waiter waiter, Channel channel, AutoCloseable resources) {
    }

    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean polls() {
        return polls;
    }

    /** Parent, before the peer starts. */
    Prepared prepare(Path dir, int maxSize, Waiter waiter) throws IOException, InterruptedException {
        return new Prepared(dir, maxSize, waiter, null, () -> { });
    }

    /** Parent, once the peer has answered its handshake. */
    Channel connect(Prepared prepared, Peer peer) throws IOException {
        return prepared.channel();
    }

    /** Peer: opens its end. */
    public abstract Channel openPeer(PeerEnd end) throws IOException;

    /** Parent, when the case is aborted: frees a thread blocked setting up (a FIFO open). */
    void unblock(Path dir) {
    }

    static void announce(OutputStream out, int port) throws IOException {
        out.write((ANNOUNCEMENT + port + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads the peer's announcement line byte by byte (nothing after it is consumed); returns the port. */
    static int awaitAnnouncement(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0 || line.length() > 64) {
                throw new ChannelClosedException("peer ended before announcing its socket: '" + line + "'");
            }
            line.append((char) b);
        }
        if (!line.toString().startsWith(ANNOUNCEMENT)) {
            throw new IOException("peer announced '" + line + "'");
        }
        return Integer.parseInt(line.substring(ANNOUNCEMENT.length()));
    }
}
