package org.ipclab.core.remote;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A responder on another host ({@code run --peer-host}): where it listens and the file with the secret
 * to prove. The runner hands it to every case JVM as two system properties, so the case catalogue and
 * the channels of those JVMs see the same peer.
 */
public record RemotePeer(PeerAddress address, Path secretFile) {
    public static final String ADDRESS_PROPERTY = "ipclab.peer.host";
    public static final String SECRET_FILE_PROPERTY = "ipclab.peer.secretFile";
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    public RemotePeer {
        secretFile = secretFile.toAbsolutePath().normalize();
    }

    /** A connection that passed the handshake: the socket, now the data channel, and the responder's environment. */
    public record Session(SocketChannel socket, Map<String, Object> environment) {
    }

    /** The peer this JVM was given, if any. */
    public static Optional<RemotePeer> configured() {
        String address = System.getProperty(ADDRESS_PROPERTY);
        String secret = System.getProperty(SECRET_FILE_PROPERTY);
        return address == null || secret == null ? Optional.empty()
                : Optional.of(new RemotePeer(PeerAddress.parse(address), Path.of(secret)));
    }

    /** Makes this the peer of this JVM (the runner, whose catalogue then holds the peer's cases). */
    public void install() {
        System.setProperty(ADDRESS_PROPERTY, address.toString());
        System.setProperty(SECRET_FILE_PROPERTY, secretFile.toString());
    }

    /** The same, for a case JVM's command line. */
    public List<String> jvmFlags() {
        return List.of("-D" + ADDRESS_PROPERTY + "=" + address, "-D" + SECRET_FILE_PROPERTY + "=" + secretFile);
    }

    /**
     * Connects (bounded), proves the secret and asks {@code request}; the socket is closed on any failure.
     *
     * @throws HandshakeException when the responder refused or is none
     * @throws IOException when it can't be reached (refused, no route, timed out)
     */
    public Session open(String request) throws IOException {
        byte[] secret = RunSecret.read(secretFile);
        InetSocketAddress target = new InetSocketAddress(address.host(), address.port());
        if (target.isUnresolved()) {
            throw new UnknownHostException(address.host());
        }
        SocketChannel socket = SocketChannel.open();
        try {
            socket.socket().connect(target, (int) CONNECT_TIMEOUT.toMillis());
            socket.socket().setSoTimeout((int) HANDSHAKE_TIMEOUT.toMillis());
            Map<String, Object> environment = Handshake.greet(socket.socket().getInputStream(),
                    socket.socket().getOutputStream(), secret, request);
            socket.socket().setSoTimeout(0);
            return new Session(socket, environment);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Checks the peer once: reachable, the same secret; returns its environment. */
    public Map<String, Object> probe() throws IOException {
        Session session = open(Handshake.probe());
        session.socket().close();
        return session.environment();
    }
}
