package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PeerLauncherTest {
    @Test
    void shouldHandshakeAndCarryDataBothWays() throws Exception {
        try (Peer peer = new PeerLauncher(List.of()).start(TestRoles.Echo.class)) {
            byte[] message = "ping-123".getBytes();
            peer.out().write(message);
            peer.out().flush();
            assertArrayEquals(message, peer.in().readNBytes(message.length));
            peer.out().close();
            assertEquals(0, peer.awaitExit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void shouldKillAPeerThatDoesNotEndWhenClosed() throws Exception {
        Peer peer = new PeerLauncher(List.of()).start(TestRoles.Sleeper.class);
        peer.close();
        assertFalse(peer.process().isAlive());
    }

    @Test
    void shouldEndThePeerWhenItsParentIsKilled() throws Exception {
        Process parent = new ProcessBuilder(JvmFlags.currentJava(), "-cp", JvmFlags.classPath(),
                TestRoles.ParentOfSleeper.class.getName()).redirectErrorStream(true).start();
        long peerPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream()))) {
            peerPid = Long.parseLong(out.readLine().trim());
        }
        Optional<ProcessHandle> peer = ProcessHandle.of(peerPid);
        assertTrue(peer.isPresent() && peer.get().isAlive());
        parent.destroyForcibly().waitFor();
        // The peer polls its parent every 200 ms; 20 s only bounds a broken watch, it is no timing claim.
        peer.get().onExit().get(20, TimeUnit.SECONDS);
        assertFalse(peer.get().isAlive());
    }
}
