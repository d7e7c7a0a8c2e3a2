package org.ipclab.core.remote;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalInt;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ipclab.core.Json;

/**
 * Challenge-response between a client (a case JVM, or the run's check before it starts) and a responder
 * ({@code serve}), both proving they hold the run's secret without sending it: each side sends a random
 * nonce and answers the other's with an HMAC-SHA256 keyed by the secret. Lines of ASCII, then the data.
 *
 * <pre>
 *   responder                                  client
 *     IPCLAB-SERVE 1 &lt;nonceS&gt;       ──────▶
 *                                   ◀──────  HELLO &lt;nonceC&gt; &lt;hmac(client|nonceS|nonceC)&gt;
 *     WELCOME &lt;hmac(server|nonceC|nonceS)&gt; &lt;environment json&gt;   ──────▶   (or DENIED wrong-secret)
 *                                   ◀──────  RESPOND &lt;size&gt;  |  PROBE
 *     READY                         ──────▶   then the data channel (or REFUSED &lt;why&gt;)
 * </pre>
 */
public final class Handshake {
    static final String GREETING = "IPCLAB-SERVE 1";
    static final String PROBE = "PROBE";
    private static final String RESPOND = "RESPOND ";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_LINE = 64 << 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Handshake() {
    }

    /** The request of a case: a responder for messages of {@code size} bytes. */
    public static String respond(int size) {
        return RESPOND + size;
    }

    /** The request of the check before a run: the handshake and the environment, nothing more. */
    public static String probe() {
        return PROBE;
    }

    /** The message size a {@link #respond} request asks for; empty for a probe. */
    public static OptionalInt requestedSize(String request) throws HandshakeException {
        if (request.equals(PROBE)) {
            return OptionalInt.empty();
        }
        if (request.startsWith(RESPOND)) {
            try {
                return OptionalInt.of(Integer.parseInt(request.substring(RESPOND.length())));
            } catch (NumberFormatException e) {
                // falls through to the refusal
            }
        }
        throw new HandshakeException("bad-request", "unknown request '" + request + "'");
    }

    /**
     * Responder side: challenges the client and checks its proof (a wrong one is told {@code DENIED} and
     * thrown as {@code wrong-secret}), proves itself with its environment; returns the client's request,
     * to be answered with {@link #ready} or {@link #refuse}.
     */
    public static String answer(InputStream in, OutputStream out, byte[] secret, Map<String, Object> environment)
            throws IOException {
        String serverNonce = nonce();
        writeLine(out, GREETING + " " + serverNonce);
        String[] hello = readLine(in, "HELLO").split(" ");
        if (hello.length != 3 || !hello[0].equals("HELLO")) {
            throw new HandshakeException("not-a-client", "the client did not say HELLO");
        }
        String clientNonce = hello[1];
        if (!matches(hello[2], mac(secret, "client", serverNonce, clientNonce))) {
            writeLine(out, "DENIED wrong-secret");
            throw new HandshakeException("wrong-secret", "the client's proof does not match this secret");
        }
        String json = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(environment);
        writeLine(out, "WELCOME " + mac(secret, "server", clientNonce, serverNonce) + " " + json);
        return readLine(in, "the request");
    }

    public static void ready(OutputStream out) throws IOException {
        writeLine(out, "READY");
    }

    public static void refuse(OutputStream out, String why) throws IOException {
        writeLine(out, "REFUSED " + why);
    }

    /**
     * Client side: answers the challenge, checks the responder's proof, sends the request; returns the
     * responder's environment once it said READY.
     */
    public static Map<String, Object> greet(InputStream in, OutputStream out, byte[] secret, String request)
            throws IOException {
        String greeting = readLine(in, "its greeting");
        if (!greeting.startsWith(GREETING + " ")) {
            throw new HandshakeException("not-a-responder", "it is not an ipc-lab responder (it said '"
                    + printable(greeting) + "')");
        }
        String serverNonce = greeting.substring(GREETING.length() + 1);
        String clientNonce = nonce();
        writeLine(out, "HELLO " + clientNonce + " " + mac(secret, "client", serverNonce, clientNonce));
        String welcome = readLine(in, "its answer to the secret");
        if (welcome.startsWith("DENIED")) {
            throw new HandshakeException("wrong-secret", "the responder refused the handshake: wrong secret (the"
                    + " --secret-file must hold the same secret as the one serve was started with)");
        }
        String[] parts = welcome.split(" ", 3);
        if (parts.length != 3 || !parts[0].equals("WELCOME")
                || !matches(parts[1], mac(secret, "server", clientNonce, serverNonce))) {
            throw new HandshakeException("wrong-secret", "the responder did not prove it holds the secret");
        }
        Map<String, Object> environment = Json.MAPPER.readValue(parts[2], new TypeReference<Map<String, Object>>() { });
        writeLine(out, request);
        String reply = readLine(in, "its reply to '" + request + "'");
        if (!reply.equals("READY")) {
            throw new HandshakeException("refused", "the responder refused '" + request + "': " + printable(reply));
        }
        return environment;
    }

    private static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String mac(byte[] secret, String role, String first, String second) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal((role + "|" + first + "|" + second)
                    .getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this JVM", e);
        }
    }

    /** Compared in constant time, so the time of a refusal tells nothing of the expected proof. */
    private static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeLine(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One line, read byte by byte so nothing of the data after it is consumed. */
    private static String readLine(InputStream in, String what) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new HandshakeException("closed", "the connection closed before " + what
                        + (line.size() > 0 ? " (got '" + printable(line.toString(StandardCharsets.US_ASCII)) + "')" : ""));
            }
            if (line.size() >= MAX_LINE) {
                throw new HandshakeException("not-a-responder", "a line longer than " + MAX_LINE + " bytes instead of "
                        + what);
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static String printable(String text) {
        String clean = text.replaceAll("[^\\x20-\\x7e]", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
