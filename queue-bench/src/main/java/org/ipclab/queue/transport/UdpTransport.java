package org.ipclab.queue.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.ChannelAbortedException;
import org.ipclab.queue.channel.ChannelClosedException;
import org.ipclab.queue.channel.Watchdog;

/**
 * {@code udp}: one datagram per message over loopback, between two connected sockets bound to
 * 127.0.0.1 on ephemeral ports. The peer announces its port and connects to the first sender of the
 * run's secret, which it echoes. UDP neither resends nor orders, so each datagram carries a sequence
 * number: a gap or a reordering fails the case as {@value #LOST}, and so does the rig's end waiting
 * {@link #SILENCE} for a reply (a lost datagram leaves a round trip with nothing to arrive).
 *
 * <p>No streaming: UDP has no flow control, so a sender running ahead overflows the receiver's socket
 * buffer and the kernel drops datagrams; one datagram in flight each way (rtt) is what it carries
 * faithfully. A message is never split: the largest is one datagram's payload less the sequence.
 *
 * <pre>
 *   case JVM (rig)   ──[sequence | message]──▶  peer JVM (Responder)
 *   127.0.0.1:any    ◀──[sequence | echo]─────  127.0.0.1:any, announced on its stdout
 * </pre>
 */
public final class UdpTransport implements ProcessTransport {
    static final String LOST = "udp-lost";
    static final Duration SILENCE = Duration.ofSeconds(2);
    private static final int MAX_PAYLOAD = 65_507;
    private static final int SEQUENCE_BYTES = Integer.BYTES;

    @Override
    public String label() {
        return "udp";
    }

    @Override
    public int maxSize() {
        return MAX_PAYLOAD - SEQUENCE_BYTES;
    }

    @Override
    public boolean streams() {
        return false;
    }

    @Override
    public Channel connect(End parent, Prepared prepared) throws IOException {
        int port = Announcement.await(parent.in());
        DatagramChannel socket = open();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            socket.write(ByteBuffer.wrap(secret(parent)));
            UdpChannel channel = new UdpChannel(socket, parent.size(), parent.waiter().watchdog(), SILENCE);
            channel.awaitEcho(secret(parent));
            return channel;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public Channel openPeer(End peer) throws IOException {
        DatagramChannel socket = open();
        try {
            Announcement.announce(peer.out(), ((InetSocketAddress) socket.getLocalAddress()).getPort());
            byte[] secret = secret(peer);
            ByteBuffer hello = ByteBuffer.allocate(secret.length + 1);
            SocketAddress parent;
            byte[] said;
            do { // anything but the secret is a stranger on the port: dropped
                hello.clear();
                parent = socket.receive(hello);
                said = received(hello.flip());
            } while (!MessageDigest.isEqual(secret, said));
            socket.connect(parent).write(ByteBuffer.wrap(secret));
            // The peer end waits as long as its case does: the parent's watchdog stops it, or kills it.
            return new UdpChannel(socket, peer.size(), peer.waiter().watchdog(), null);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static byte[] received(ByteBuffer datagram) {
        byte[] bytes = new byte[datagram.remaining()];
        datagram.get(bytes);
        return bytes;
    }

    private static DatagramChannel open() throws IOException {
        return DatagramChannel.open(StandardProtocolFamily.INET)
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    private static byte[] secret(End end) {
        return end.secret().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * One end: non-blocking, waiting in a selector between reads so it blocks in the kernel like the
     * other socket channels yet wakes every {@value #TICK_MS} ms to consult the watchdog.
     */
    static final class UdpChannel implements Channel {
        private static final long TICK_MS = 100;
        private final DatagramChannel socket;
        private final Selector selector;
        private final SelectionKey key;
        private final Watchdog watchdog;
        private final Duration silence;
        private final ByteBuffer sendBuffer;
        private final ByteBuffer receiveBuffer;
        private int nextSent;
        private int nextReceived;

        /** {@code silence}: how long a receive may wait before the reply counts as lost; null for no limit. */
        UdpChannel(DatagramChannel socket, int maxSize, Watchdog watchdog, Duration silence) throws IOException {
            this.socket = socket;
            this.watchdog = watchdog;
            this.silence = silence;
            this.sendBuffer = ByteBuffer.allocateDirect(SEQUENCE_BYTES + maxSize);
            // One byte over the largest message, so a datagram too long shows rather than being cut to fit.
            this.receiveBuffer = ByteBuffer.allocateDirect(SEQUENCE_BYTES + maxSize + 1);
            socket.configureBlocking(false);
            this.selector = Selector.open();
            this.key = socket.register(selector, 0);
        }

        /** The parent's handshake: the peer echoes the secret once it has connected back. */
        void awaitEcho(byte[] secret) throws IOException {
            ByteBuffer echo = ByteBuffer.allocate(secret.length + 1);
            long since = System.nanoTime();
            while (read(echo) == 0) {
                await(SelectionKey.OP_READ, since);
            }
            if (!MessageDigest.isEqual(secret, received(echo.flip()))) {
                throw new IOException("udp peer answered the handshake with something else");
            }
        }

        @Override
        public void send(byte[] message, int length) throws IOException {
            sendBuffer.clear();
            sendBuffer.putInt(nextSent).put(message, 0, length).flip();
            long since = System.nanoTime();
            while (write() == 0) {
                await(SelectionKey.OP_WRITE, since); // the socket's send buffer is full
            }
            nextSent++;
        }

        @Override
        public void receive(byte[] message, int length) throws IOException {
            long since = System.nanoTime();
            while (!tryReceive(message, length)) {
                await(SelectionKey.OP_READ, since);
            }
        }

        @Override
        public boolean tryReceive(byte[] message, int length) throws IOException {
            receiveBuffer.clear();
            int bytes = read(receiveBuffer);
            if (bytes == 0) {
                return false;
            }
            receiveBuffer.flip();
            int sequence = receiveBuffer.getInt();
            if (sequence != nextReceived) {
                throw new ChannelAbortedException(LOST, new IOException("expected datagram " + nextReceived
                        + ", got " + sequence + ": one was lost or reordered"));
            }
            if (bytes != SEQUENCE_BYTES + length) {
                throw new IOException("datagram " + sequence + " holds " + (bytes - SEQUENCE_BYTES) + " bytes, not "
                        + length);
            }
            receiveBuffer.get(message, 0, length);
            nextReceived++;
            return true;
        }

        private int read(ByteBuffer into) throws IOException {
            try {
                return socket.read(into);
            } catch (PortUnreachableException e) {
                throw new ChannelClosedException("udp peer's port is closed");
            }
        }

        private int write() throws IOException {
            try {
                return socket.write(sendBuffer);
            } catch (PortUnreachableException e) {
                throw new ChannelClosedException("udp peer's port is closed");
            }
        }

        /** Waits (a tick at most) until the socket is ready for {@code op}; gives up on the watchdog or a silence. */
        private void await(int op, long sinceNs) throws IOException {
            key.interestOps(op);
            selector.select(TICK_MS);
            selector.selectedKeys().clear();
            watchdog.check();
            if (silence != null && System.nanoTime() - sinceNs > silence.toNanos()) {
                throw new ChannelAbortedException(LOST, new IOException("nothing arrived for " + silence.toMillis()
                        + " ms: a datagram was lost (UDP does not resend)"));
            }
        }

        @Override
        public void close() throws IOException {
            try {
                selector.close();
            } finally {
                socket.close();
            }
        }
    }
}
