package org.ipclab.queue.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ipclab.core.remote.Handshake;
import org.ipclab.core.remote.HandshakeException;
import org.ipclab.core.remote.RemotePeer;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.TcpChannel;
import org.ipclab.queue.message.CorruptMessageException;
import org.ipclab.queue.message.MessageCodec;
import org.ipclab.queue.rig.Responder;
import org.ipclab.queue.transport.TcpTransport;
import org.ipclab.queue.transport.Transports;

/**
 * Accepts connections until closed, each on its own thread: the handshake (a client without the secret
 * is told so and dropped), then the same {@link Responder} a peer JVM runs, over tcp, until STOP. A
 * client that connects and stays silent is dropped when the handshake's wait runs out; at most
 * {@value #MAX_SESSIONS} sessions at once, so strangers can't pile up threads.
 *
 * <pre>
 *   serve ──accept──▶ session thread: handshake ─▶ Responder(tcp) until STOP ─▶ close
 * </pre>
 */
final class ResponderServer implements AutoCloseable {
    static final int MAX_SESSIONS = 16;

    private final ServerSocketChannel server;
    private final byte[] secret;
    private final Map<String, Object> environment;
    private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong sessions = new AtomicLong();

    ResponderServer(ServerSocketChannel server, byte[] secret, Map<String, Object> environment) {
        this.server = server;
        this.secret = secret;
        this.environment = environment;
    }

    /** Serves until {@link #close}; returns then. */
    void serve() throws IOException {
        while (true) {
            SocketChannel socket;
            try {
                socket = server.accept();
            } catch (ClosedChannelException e) {
                return; // closed: Ctrl-C, SIGTERM
            }
            String client = "session " + sessions.incrementAndGet() + " from " + describe(socket);
            if (open.size() >= MAX_SESSIONS) {
                log(client, "dropped: " + MAX_SESSIONS + " sessions are open already");
                socket.close();
                continue;
            }
            open.add(socket);
            Thread session = new Thread(() -> session(client, socket), "serve-" + client.replace(' ', '-'));
            session.setDaemon(true);
            session.start();
        }
    }

    private void session(String client, SocketChannel socket) {
        try (socket) {
            socket.socket().setSoTimeout((int) RemotePeer.HANDSHAKE_TIMEOUT.toMillis());
            String request = Handshake.answer(socket.socket().getInputStream(), socket.socket().getOutputStream(),
                    secret, environment);
            OptionalInt size = Handshake.requestedSize(request);
            int max = Transports.named(TcpTransport.LABEL).maxSize();
            if (size.isPresent() && (size.getAsInt() < MessageCodec.MIN_SIZE || size.getAsInt() > max)) {
                Handshake.refuse(socket.socket().getOutputStream(), "size " + size.getAsInt() + " out of range ("
                        + MessageCodec.MIN_SIZE + ".." + max + " bytes)");
                log(client, "refused size " + size.getAsInt());
                return;
            }
            Handshake.ready(socket.socket().getOutputStream());
            if (size.isEmpty()) {
                log(client, "checked the handshake");
                return;
            }
            socket.socket().setSoTimeout(0);
            socket.setOption(StandardSocketOptions.SO_KEEPALIVE, true); // a client host that vanishes ends the session
            log(client, "tcp responder for " + size.getAsInt() + "-byte messages");
            Channel channel = TcpChannel.over(socket, size.getAsInt());
            Responder.run(channel, new MessageCodec(size.getAsInt()));
            log(client, "ended after STOP");
        } catch (HandshakeException e) {
            log(client, "handshake failed: " + e.reason() + " (" + e.getMessage() + ")");
        } catch (CorruptMessageException e) {
            log(client, "closed: corrupt message: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            log(client, "ended: " + e);
        } finally {
            open.remove(socket);
        }
    }

    private static String describe(SocketChannel socket) {
        try {
            InetSocketAddress remote = (InetSocketAddress) socket.getRemoteAddress();
            return remote.getAddress().getHostAddress() + ":" + remote.getPort();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void log(String client, String what) {
        System.out.println(Instant.now() + " " + client + ": " + what);
    }

    /** Stops accepting and ends every session (their blocked reads see the socket closed). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("warning: closing the listening socket: " + e);
        }
        for (SocketChannel socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                System.err.println("warning: closing a session: " + e);
            }
        }
    }
}
