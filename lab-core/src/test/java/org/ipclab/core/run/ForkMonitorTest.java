package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.Placement;
import org.ipclab.core.schema.ForkPlacement;
import org.ipclab.core.schema.Interference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Placement read back from /proc: a busy "rig" and a busy child "peer" pinned by taskset. */
class ForkMonitorTest {
    private static final String SPIN = "i=0; while [ $i -lt 100000000 ]; do i=$((i+1)); done";

    @Test
    void shouldObserveARigAndPeerPinnedToTwoCpusAsCross() throws Exception {
        ForkPlacement placement = observe("0", "1");
        assertEquals("cross", placement.observed(), placement.toString());
        assertEquals(List.of(0, 0), placement.rigCpus());
        assertEquals(List.of(1, 1), placement.peerCpus());
    }

    @Test
    void shouldObserveARigAndPeerPinnedToOneCpuAsSame() throws Exception {
        ForkPlacement placement = observe("1", "1");
        assertEquals("same", placement.observed(), placement.toString());
        assertEquals(List.of(1, 1), placement.peerCpus());
    }

    @Test
    void shouldTakeANativeProgramOfTheCaseJvmAsTheRigAndItsChildAsThePeer(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is not installed");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two CPUs");
        // An idle case JVM whose native child measures on CPU 0 against its own child on CPU 1, as the C reference does.
        Path source = Files.writeString(temp.resolve("NativeRig.java"), "class NativeRig { public static void main(String[] a)"
                + " throws Exception { new ProcessBuilder(a).inheritIO().start().waitFor(); } }");
        Process caseJvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                source.toString(), "taskset", "-c", "0", "bash", "-c", "taskset -c 1 bash -c '" + SPIN + "' & " + SPIN).start();
        // Watched from its start, as the runner watches a case JVM: the CPU it spends starting is no rig's.
        ForkMonitor monitor = new ForkMonitor(caseJvm.toHandle(), Placement.OS, true);
        try {
            for (int i = 0; i < 600 && caseJvm.descendants().noneMatch(ForkMonitorTest::pinnedToCpu1); i++) {
                Thread.sleep(50);
            }
            Thread.sleep(1500);
            monitor.close();
            ForkPlacement placement = monitor.placement();
            assertEquals("cross", placement.observed(), placement.toString());
            // first and last sample: the first may precede the peer's pinning
            assertEquals(0, placement.rigCpus().get(1), placement.toString());
            assertEquals(1, placement.peerCpus().get(1), placement.toString());
        } finally {
            monitor.close();
            caseJvm.descendants().forEach(ProcessHandle::destroyForcibly);
            caseJvm.destroyForcibly().waitFor();
        }
    }

    @Test
    void shouldReportInterferenceAsShares() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is not installed");
        Process rig = new ProcessBuilder("sleep", "0.3").start();
        ForkMonitor monitor = new ForkMonitor(rig.toHandle(), Placement.OS, true);
        rig.waitFor();
        monitor.close();
        Interference interference = monitor.interference();
        double other = interference.otherCpuPct();
        assertTrue(other >= 0 && other <= 100, interference.toString());
        assertTrue(interference.disturbed() != null && interference.involuntarySwitches() != null);
        assertTrue(List.of("single", "unknown").contains(monitor.placement().observed()), "no peer, no pair");
    }

    private static boolean pinnedToCpu1(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status")).contains("Cpus_allowed_list:\t1\n");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A busy child that is no peer (a JMH fork, a spawned process): the fork observes the rig alone. */
    @Test
    void shouldObserveACaseWithoutAPeerAsSingleWhateverItsChildrenDo() throws Exception {
        ForkPlacement placement = observe("0", "1", false);
        assertEquals("single", placement.observed(), placement.toString());
        assertEquals(null, placement.peerCpus(), placement.toString());
    }

    private static ForkPlacement observe(String rigCpu, String peerCpu) throws Exception {
        return observe(rigCpu, peerCpu, true);
    }

    private static ForkPlacement observe(String rigCpu, String peerCpu, boolean withPeer) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is not installed");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two CPUs");
        Process rig = new ProcessBuilder("taskset", "-c", rigCpu, "bash", "-c",
                "taskset -c " + peerCpu + " bash -c '" + SPIN + "' & " + SPIN).start();
        ForkMonitor monitor = new ForkMonitor(rig.toHandle(), Placement.OS, withPeer);
        try {
            // A dozen samples of the pair; a loaded machine may take far longer than the usual 600 ms to
            // give them (the assertion is on where the two ran, not on how fast).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (samples(monitor, withPeer) < 12 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            rig.descendants().forEach(ProcessHandle::destroyForcibly);
            rig.destroyForcibly().waitFor();
            monitor.close();
        }
        return monitor.placement();
    }

    /** Samples of the pair, or of the rig alone where the case has no peer. */
    private static int samples(ForkMonitor monitor, boolean withPeer) {
        ForkPlacement placement = monitor.placement();
        return placement.samples() != null && (placement.peerCpus() != null || !withPeer) ? placement.samples() : 0;
    }
}
