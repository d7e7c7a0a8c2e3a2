package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.Placement;
import org.junit.jupiter.api.Test;

/** Placement read back from /proc: a busy "rig" and a busy child "peer" pinned by taskset. */
class ForkMonitorTest {
    @Test
    void shouldObserveARigAndPeerPinnedToTwoCpusAsCross() throws Exception {
        Map<String, Object> placement = observe("0", "1");
        assertEquals("cross", placement.get("observed"), placement.toString());
        assertEquals(List.of(0, 0), placement.get("rigCpus"));
        assertEquals(List.of(1, 1), placement.get("peerCpus"));
    }

    @Test
    void shouldObserveARigAndPeerPinnedToOneCpuAsSame() throws Exception {
        Map<String, Object> placement = observe("1", "1");
        assertEquals("same", placement.get("observed"), placement.toString());
        assertEquals(List.of(1, 1), placement.get("peerCpus"));
    }

    @Test
    void shouldReportInterferenceAsShares() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is not installed");
        Process rig = new ProcessBuilder("sleep", "0.3").start();
        ForkMonitor monitor = new ForkMonitor(rig.toHandle(), Placement.OS);
        rig.waitFor();
        monitor.close();
        Map<String, Object> interference = monitor.interference();
        double other = (double) interference.get("otherCpuPct");
        assertTrue(other >= 0 && other <= 100, interference.toString());
        assertTrue(interference.containsKey("disturbed") && interference.containsKey("involuntarySwitches"));
        assertTrue(List.of("single", "unknown").contains(monitor.placement().get("observed")), "no peer, no pair");
    }

    private static Map<String, Object> observe(String rigCpu, String peerCpu) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is not installed");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two CPUs");
        String spin = "i=0; while [ $i -lt 100000000 ]; do i=$((i+1)); done";
        Process rig = new ProcessBuilder("taskset", "-c", rigCpu, "bash", "-c",
                "taskset -c " + peerCpu + " bash -c '" + spin + "' & " + spin).start();
        ForkMonitor monitor = new ForkMonitor(rig.toHandle(), Placement.OS);
        try {
            // A dozen samples of the pair; a loaded machine may take far longer than the usual 600 ms to
            // give them (the assertion is on where the two ran, not on how fast).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pairedSamples(monitor) < 12 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            rig.descendants().forEach(ProcessHandle::destroyForcibly);
            rig.destroyForcibly().waitFor();
            monitor.close();
        }
        return monitor.placement();
    }

    private static int pairedSamples(ForkMonitor monitor) {
        Map<String, Object> placement = monitor.placement();
        return placement.containsKey("peerCpus") ? (int) placement.get("samples") : 0;
    }
}
