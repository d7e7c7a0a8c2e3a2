package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stray local client reaches a TCP peer before the case does: the peer listens on 127.0.0.1 only,
 * drops the stranger (who lacks the per-case secret) and measures with the real client; the case is
 * ok, so nothing the stranger sent got into the measurement.
 */
class StrayClientIT {
    @TempDir
    Path work;

    @Test
    void shouldListenOnLoopbackAndDropAClientWithoutTheSecret() throws Exception {
        Path console = work.resolve("console.txt");
        Process run = Lab.start(console, "run", "smoke", "--cases", "transport=tcp",
                "--out", work.resolve("results").toString());
        ProcessHandle peer = Lab.awaitJvms(Lab.peer("ResponderRole", "tcp"), 1, run).get(0);
        ProcessHandle caseJvm = peer.parent().orElseThrow();
        Lab.signal("STOP", caseJvm); // hold the real client back: the stranger comes first
        try {
            String listener = awaitListener(peer);
            assertTrue(Listeners.loopback(listener), "the peer must listen on 127.0.0.1 only, not " + listener);
            int port = Integer.parseInt(listener.substring(listener.indexOf(':') + 1), 16);
            try (Socket stranger = new Socket(InetAddress.getLoopbackAddress(), port)) {
                stranger.setSoTimeout(10_000);
                OutputStream out = stranger.getOutputStream();
                out.write("not-the-secret-but-just-as-long!".getBytes(StandardCharsets.US_ASCII));
                out.write(new byte[256]); // what would pass for messages, had it been let in
                out.flush();
                assertTrue(hungUp(stranger.getInputStream()), "the peer must hang up on a client without the secret");
            }
        } finally {
            Lab.signal("CONT", caseJvm);
        }
        assertEquals(0, Lab.await(run, 120, console), Files.readString(console));
        RunResults results = RunResults.read(Lab.onlyRunFolder(work.resolve("results")));
        assertEquals("ok", results.caseStatus("transport=tcp"), "the real client was served, the stranger not");
        assertEquals(List.of(), Lab.awaitNoLabProcesses(5, run));
    }

    /** End of stream, or a reset (the peer closed with the stranger's bytes unread): either way, dropped. */
    private static boolean hungUp(InputStream in) throws IOException {
        try {
            return in.read() == -1;
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
