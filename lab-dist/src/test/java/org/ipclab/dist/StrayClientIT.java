package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A stray local client reaches a TCP peer before the case does: the peer listens on 127.0.0.1 only,
 * drops the stranger (who lacks the per-case secret) and measures with the real client; the case is
 * ok, so nothing the stranger sent got into the measurement. A silent stranger, who holds the
 * connection and sends nothing, is dropped when the peer's wait for the secret runs out, while the
 * real client waits its turn.
 */
class StrayClientIT {
    @TempDir
    Path work;

    /** What the stranger sends once connected. */
    enum Stranger {
        /** A wrong secret of the right length, then what would pass for messages had it been let in. */
        TALKING(("not-the-secret-but-just-as-long!" + "\0".repeat(256)).getBytes(StandardCharsets.US_ASCII)),
        SILENT(new byte[0]);

        final byte[] says;

        Stranger(byte[] says) {
            this.says = says;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Stranger.class)
    void shouldListenOnLoopbackAndDropAClientWithoutTheSecret(Stranger stranger) throws Exception {
        Path console = work.resolve("console.txt");
        Process run = Lab.start(console, "run", "smoke", "--cases", "transport=tcp",
                "--out", work.resolve("results").toString());
        ProcessHandle peer = Lab.awaitJvms(Lab.peer("ResponderRole", "tcp"), 1, run).get(0);
        ProcessHandle caseJvm = peer.parent().orElseThrow();
        Lab.signal("STOP", caseJvm); // hold the real client back: the stranger comes first
        boolean released = false;
        try {
            String listener = awaitListener(peer);
            assertTrue(Listeners.loopback(listener), "the peer must listen on 127.0.0.1 only, not " + listener);
            int port = Integer.parseInt(listener.substring(listener.indexOf(':') + 1), 16);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(30_000); // only against a hang: the peer waits 2 s for a secret
                OutputStream out = socket.getOutputStream();
                out.write(stranger.says);
                out.flush();
                Lab.signal("CONT", caseJvm); // the real client now connects behind the stranger
                released = true;
                assertTrue(hungUp(socket.getInputStream()), "the peer must hang up on a client without the secret");
            }
        } finally {
            if (!released) {
                Lab.signal("CONT", caseJvm);
            }
        }
        assertEquals(0, Lab.await(run, 120, console), Files.readString(console));
        RunResults results = RunResults.read(Lab.onlyRunFolder(work.resolve("results")));
        assertEquals("ok", results.caseStatus("transport=tcp"), "the real client was served, the stranger not");
        assertEquals(List.of(), Lab.awaitNoLabProcesses(5, run));
    }

    /**
     * End of stream, or a reset (the peer closed with the stranger's bytes unread): either way, dropped.
     * No answer within the socket's timeout means the peer still holds the stranger.
     */
    private static boolean hungUp(InputStream in) throws IOException {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        }
    }

    private static String awaitListener(ProcessHandle peer) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<String> listeners = Listeners.of(peer.pid());
            if (!listeners.isEmpty()) {
                return listeners.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the tcp peer never listened");
    }
}
