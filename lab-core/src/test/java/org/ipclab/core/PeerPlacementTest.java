package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerPlacementTest {
    @Test
    void shouldPinPeersToThePlacementsPeerCpusReadBackFromProc() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is not installed");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two CPUs");
        System.setProperty(Placement.PEER_CPUS_PROPERTY, Placement.CROSS.peerCpus());
        try (Peer peer = new PeerLauncher(List.of()).start(TestRoles.Sleeper.class)) {
            String allowed = Files.readAllLines(Path.of("/proc", Long.toString(peer.pid()), "status")).stream()
                    .filter(l -> l.startsWith("Cpus_allowed_list:")).findFirst().orElseThrow();
            assertEquals("1", allowed.substring(allowed.indexOf(':') + 1).strip());
        } finally {
            System.clearProperty(Placement.PEER_CPUS_PROPERTY);
        }
    }

    @Test
    void shouldMeasureAFloorWithTheProbedPeerBeforeItsRoleRuns() throws Exception {
        Path dir = Files.createTempDirectory("probe");
        PeerLauncher launcher = new PeerLauncher(List.of());
        try (Peer peer = launcher.startProbed(dir, TestRoles.Echo.class)) {
            assumeTrue(launcher.probedFloorNs().isPresent());
            double floor = launcher.probedFloorNs().getAsDouble();
            assertEquals(true, floor > 0 && floor < 1e9, "floor " + floor);
            peer.out().write("after the probe\n".getBytes());
            peer.out().flush();
            byte[] echoed = peer.in().readNBytes("after the probe\n".length());
            assertEquals("after the probe\n", new String(echoed));
        } finally {
            assertEquals(false, Files.exists(dir.resolve("floor-probe.line")), "the probe's file is removed");
            Files.deleteIfExists(dir);
        }
    }
}
