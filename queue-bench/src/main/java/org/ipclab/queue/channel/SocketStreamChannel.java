package org.ipclab.queue.channel;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A blocking stream socket (TCP or Unix-domain) with direct buffers, so the JDK does not copy every
 * message into a temporary native buffer. The listening side (the peer) accepts a connection only
 * after it has sent the run's secret; anything else on the port is dropped.
 */
public abstract class SocketStreamChannel implements Channel {
    private static final long SECRET_WAIT_NS = TimeUnit.SECONDS.toNanos(2);
    private final SocketChannel socket;
    private final ByteBuffer sendBuffer;
    private final ByteBuffer receiveBuffer;

    protected SocketStreamChannel(SocketChannel socket, int maxSize) {
        this.socket = socket;
        this.sendBuffer = ByteBuffer.allocateDirect(maxSize);
        this.receiveBuffer = ByteBuffer.allocateDirect(maxSize);
    }

    /** Connects and introduces itself with the secret. */
    protected static SocketChannel connect(SocketAddress address, String secret) throws IOException {
        SocketChannel socket = SocketChannel.open(address);
        try {
            writeFully(socket, ByteBuffer.wrap(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    /** Accepts connections until one presents the secret; closes the listener either way. */
    protected static SocketChannel accept(ServerSocketChannel server, String secret) throws IOException {
        byte[] expected = secret.getBytes(StandardCharsets.US_ASCII);
        try (server) {
            while (true) {
                SocketChannel socket = server.accept();
                if (presentsSecret(socket, expected)) {
                    return socket;
                }
                socket.close();
            }
        }
    }

    /**
     * Reads the secret with a deadline, so a local client that connects and stays silent can't stall
     * the case; compared in constant time.
     */
    private static boolean presentsSecret(SocketChannel socket, byte[] expected) throws IOException {
        ByteBuffer got = ByteBuffer.allocate(expected.length);
        socket.configureBlocking(false);
        long deadline = System.nanoTime() + SECRET_WAIT_NS;
        while (got.hasRemaining() && System.nanoTime() < deadline) {
            if (socket.read(got) < 0) {
                return false;
            }
            if (got.hasRemaining()) {
                LockSupport.parkNanos(100_000);
            }
        }
        socket.configureBlocking(true);
        return !got.hasRemaining() && MessageDigest.isEqual(got.array(), expected);
    }

    private static void writeFully(SocketChannel socket, ByteBuffer data) throws IOException {
        while (data.hasRemaining()) {
            socket.write(data);
        }
    }

    protected static void noDelay(SocketChannel socket) throws IOException {
        socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        sendBuffer.clear();
        sendBuffer.put(message, 0, length).flip();
        writeFully(socket, sendBuffer);
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        receiveBuffer.clear().limit(length);
        fill(message, length);
    }

    /**
     * The first poll turns this end non-blocking for good (a socket has no cheap "bytes waiting?" for
     * both TCP and Unix-domain); reads and writes then retry where they would have blocked.
     */
    @Override
    public boolean tryReceive(byte[] message, int length) throws IOException {
        if (socket.isBlocking()) {
            socket.configureBlocking(false);
        }
        receiveBuffer.clear().limit(length);
        if (read(length) == 0) {
            return false;
        }
        fill(message, length);
        return true;
    }

    private void fill(byte[] message, int length) throws IOException {
        while (receiveBuffer.hasRemaining()) {
            read(length);
        }
        receiveBuffer.flip().get(message, 0, length);
    }

    private int read(int length) throws IOException {
        int n = socket.read(receiveBuffer);
        if (n < 0) {
            throw new ChannelClosedException("socket closed after " + receiveBuffer.position() + " of "
                    + length + " bytes");
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
