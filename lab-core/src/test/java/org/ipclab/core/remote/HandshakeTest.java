package org.ipclab.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Both ends of the handshake over a loopback socket, every byte either way recorded: the right secret
 * gets the responder's environment and its request through, a wrong one is refused on both sides, and
 * the secret itself (raw, hex or base64) never crosses.
 */
class HandshakeTest {
    private static final byte[] SECRET = "correct horse battery staple 42".getBytes(StandardCharsets.US_ASCII);
    private static final Map<String, Object> ENVIRONMENT = Map.of("hostname", "far-host", "logicalCpus", 2);

    /** What the two ends said, and how each end's side of it ended. */
    private record Exchange(ByteArrayOutputStream wire, CompletableFuture<String> server, Object client) {
    }

    @Test
    void shouldAcceptTheRightSecretAndCarryTheEnvironmentAndRequest() throws Exception {
        Exchange exchange = exchange(SECRET, SECRET, Handshake.respond(64));
        assertEquals(ENVIRONMENT, exchange.client());
        assertEquals("RESPOND 64", exchange.server().get(10, TimeUnit.SECONDS));
        assertEquals(OptionalInt.of(64), Handshake.requestedSize("RESPOND 64"));
        assertEquals(OptionalInt.empty(), Handshake.requestedSize(Handshake.probe()));
    }

    @Test
    void shouldRefuseAWrongSecretOnBothSides() throws Exception {
        Exchange exchange = exchange(SECRET, "not the secret".getBytes(StandardCharsets.US_ASCII), Handshake.probe());
        HandshakeException client = (HandshakeException) exchange.client();
        assertEquals("wrong-secret", client.reason());
        assertTrue(client.getMessage().contains("wrong secret"), client.getMessage());
        ExecutionException server = assertThrows(ExecutionException.class, () -> exchange.server().get(10, TimeUnit.SECONDS));
        assertEquals("wrong-secret", ((HandshakeException) server.getCause()).reason());
        assertFalse(exchange.wire().toString(StandardCharsets.US_ASCII).contains("WELCOME"),
                "a client without the secret learns nothing of the host");
    }

    @Test
    void shouldNeverSendTheSecret() throws Exception {
        for (byte[] clientSecret : new byte[][] {SECRET, "another one".getBytes(StandardCharsets.US_ASCII)}) {
            String wire = exchange(SECRET, clientSecret, Handshake.respond(64)).wire().toString(StandardCharsets.ISO_8859_1);
            assertTrue(wire.contains("HELLO"), "the exchange took place: " + wire);
            for (byte[] secret : new byte[][] {SECRET, clientSecret}) {
                String raw = new String(secret, StandardCharsets.ISO_8859_1);
                assertFalse(wire.contains(raw), "the raw secret crossed: " + wire);
                assertFalse(wire.toLowerCase().contains(HexFormat.of().formatHex(secret)), "its hex crossed");
                assertFalse(wire.contains(Base64.getEncoder().encodeToString(secret)), "its base64 crossed");
            }
        }
    }

    @Test
    void shouldTellAClientThatReachedSomethingElse() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture.runAsync(() -> {
                try (Socket s = listening.accept()) {
                    s.getOutputStream().write("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listening.getLocalPort())) {
                HandshakeException e = assertThrows(HandshakeException.class, () -> Handshake.greet(
                        socket.getInputStream(), socket.getOutputStream(), SECRET, Handshake.probe()));
                assertEquals("not-a-responder", e.reason());
                assertTrue(e.getMessage().contains("SSH-2.0"), e.getMessage());
            }
        }
    }

    /** Runs a responder with {@code serverSecret} and a client with {@code clientSecret} over loopback. */
    private static Exchange exchange(byte[] serverSecret, byte[] clientSecret, String request) throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> server = CompletableFuture.supplyAsync(() -> {
                try (Socket s = listening.accept()) {
                    s.setSoTimeout(10_000);
                    OutputStream out = recording(s.getOutputStream(), wire);
                    String got = Handshake.answer(s.getInputStream(), out, serverSecret, ENVIRONMENT);
                    Handshake.ready(out);
                    return got;
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            });
            Object client;
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listening.getLocalPort())) {
                socket.setSoTimeout(10_000);
                client = Handshake.greet(socket.getInputStream(), recording(socket.getOutputStream(), wire),
                        clientSecret, request);
            } catch (HandshakeException e) {
                client = e;
            }
            try {
                server.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // the test looks at it
            }
            return new Exchange(wire, server, client);
        }
    }

    /** Copies every byte written into {@code wire} (both directions share it: only what crosses matters). */
    private static OutputStream recording(OutputStream out, ByteArrayOutputStream wire) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                synchronized (wire) {
                    wire.write(b);
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                synchronized (wire) {
                    wire.write(b, off, len);
                }
                out.write(b, off, len);
            }
        };
    }
}
