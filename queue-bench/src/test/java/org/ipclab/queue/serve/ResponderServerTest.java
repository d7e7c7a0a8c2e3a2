package org.ipclab.queue.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.remote.Handshake;
import org.ipclab.core.remote.HandshakeException;
import org.ipclab.core.remote.PeerAddress;
import org.ipclab.core.remote.RemotePeer;
import org.ipclab.queue.channel.TcpChannel;
import org.ipclab.queue.rig.RoundTripRig;
import org.ipclab.queue.rig.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** serve's responder on loopback, reached as a case reaches a peer host: handshake, verified round trips, STOP. */
@Timeout(60)
class ResponderServerTest {
    private static final int SIZE = 256;

    @TempDir
    Path dir;
    private ResponderServer server;
    private CompletableFuture<Void> serving;
    private PeerAddress address;

    @BeforeEach
    void serve() throws IOException {
        byte[] secret = "the run's secret".getBytes(StandardCharsets.US_ASCII);
        ServerSocketChannel listening = ServerSocketChannel.open()
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        address = new PeerAddress("127.0.0.1", ((InetSocketAddress) listening.getLocalAddress()).getPort());
        server = new ResponderServer(listening, secret, Map.of("hostname", "far-host"));
        serving = CompletableFuture.runAsync(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        serving.get(10, TimeUnit.SECONDS); // serve() returns once closed
    }

    private RemotePeer peer(String secret) throws IOException {
        return new RemotePeer(address, Files.writeString(dir.resolve("secret-" + secret.length()), secret + "\n"));
    }

    @Test
    void shouldAnswerVerifiedRoundTripsSessionAfterSession() throws Exception {
        RemotePeer peer = peer("the run's secret");
        assertEquals("far-host", peer.probe().get("hostname"));
        for (int i = 0; i < 2; i++) {
            RemotePeer.Session session = peer.open(Handshake.respond(SIZE));
            assertEquals("far-host", session.environment().get("hostname"));
            try (TcpChannel channel = TcpChannel.over(session.socket(), SIZE)) {
                Session rig = new Session(channel, SIZE);
                LatencyRecorder recorder = new LatencyRecorder();
                assertEquals(500, new RoundTripRig(rig).run(recorder, TimeUnit.SECONDS.toNanos(30), 500));
                rig.stop();
                assertEquals(500, recorder.total().getTotalCount(), "every round trip was recorded");
            }
        }
    }

    @Test
    void shouldRefuseAWrongSecretAndAnOversizedRequest() throws Exception {
        HandshakeException wrong = assertThrows(HandshakeException.class, () -> peer("another secret").probe());
        assertEquals("wrong-secret", wrong.reason());
        HandshakeException big = assertThrows(HandshakeException.class,
                () -> peer("the run's secret").open(Handshake.respond(Integer.MAX_VALUE)));
        assertEquals("refused", big.reason());
        assertTrue(big.getMessage().contains("out of range"), big.getMessage());
        assertEquals("far-host", peer("the run's secret").probe().get("hostname"), "still serving after refusals");
    }
}
