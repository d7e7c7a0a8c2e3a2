package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Causes named from real processes: a peer killed by SIGKILL, a JVM dead of OutOfMemoryError. */
class DeadCauseTest {
    @TempDir
    Path dir;

    @Test
    void shouldNameAPeerKilledFromOutsideAsTheCause() throws Exception {
        PeerLauncher peers = new PeerLauncher(List.of());
        try (Peer peer = peers.start(TestRoles.Sleeper.class)) {
            assertEquals(Optional.empty(), peers.deadPeerCause(), "a running peer is no cause");
            ProcessHandle.of(peer.pid()).orElseThrow().destroyForcibly(); // SIGKILL, as the OOM killer or a user
            peer.process().waitFor(10, TimeUnit.SECONDS);
            assertEquals(Optional.of("peer-sigkill"), peers.deadPeerCause());
        }
    }

    @Test
    void shouldNotBlameAPeerThatCloseEnded() throws Exception {
        PeerLauncher peers = new PeerLauncher(List.of());
        peers.start(TestRoles.Sleeper.class).close(); // EOF, then SIGTERM: our doing
        assertEquals(Optional.empty(), peers.deadPeerCause());
    }

    @Test
    void shouldReadOutOfMemoryErrorFromTheLogOfAJvmThatDiedOfIt() throws Exception {
        Path log = dir.resolve("case.fork-1.log");
        Process jvm = new ProcessBuilder(JvmFlags.currentJava(), "-Xmx16m", "-XX:TieredStopAtLevel=1", "-cp",
                JvmFlags.classPath(), TestRoles.HeapEater.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!jvm.waitFor(60, TimeUnit.SECONDS)) {
            jvm.destroyForcibly();
        }
        assertEquals("outofmemoryerror", FailureReason.ofDeadJvm(log, jvm.exitValue()));
    }
}
