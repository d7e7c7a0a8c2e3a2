package org.ipclab.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.PeerMain;
import org.ipclab.core.PrivateDir;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.queue.link.ChannelKnobs;
import org.ipclab.queue.transport.Transports;
import org.ipclab.core.schema.RowStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole cases as the runner calls them, peers included: rows, files, failures, nothing left running. */
@Timeout(60)
class CaseRunTest {
    @TempDir
    Path runDir;
    private Path privateDir;

    @BeforeEach
    void makePrivateDir() throws Exception {
        privateDir = PrivateDir.create();
    }

    @AfterEach
    void nothingLeftRunning() {
        PrivateDir.deleteTree(privateDir);
        assertEquals(0, ProcessHandle.current().children().count(), "a peer outlived its case");
    }

    private static ChannelKnobs knobs(String transport, int size) {
        return ChannelKnobs.of(Transports.named(transport), size);
    }

    private CaseResult run(BenchCase benchCase) throws Exception {
        return benchCase.run(new CaseContext(Suite.SMOKE, benchCase.spec(), runDir, privateDir, OptionalDouble.of(500)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipe", "shm"})
    void shouldMeasureRoundTripsToAPeerJvm(String transport) throws Exception {
        BenchCase rtt = new RttCase(Suite.SMOKE, knobs(transport, 64));
        CaseResult result = run(rtt);
        ResultRow row = result.rows().get(0);
        assertEquals("ok", row.status().toString(), () -> result.facts().toString());
        assertTrue(row.count() > 0 && row.p50() > 0 && row.p50() <= row.p99(), row.toString());
        assertNotNull(result.facts().get("floorMultiple"));
        assertTrue((long) result.facts().get("warmupRoundTrips") > 0);
        assertTrue(Files.exists(runDir.resolve("hdr").resolve(rtt.spec().id() + ".rtt.fork-1.hlog")));
    }

    @Test
    void shouldStreamAndReportMessagesAndBytesPerSecond() throws Exception {
        CaseResult result = run(new ThroughputCase(Suite.SMOKE, knobs("jvm-agrona-1to1", 1024)));
        assertEquals(2, result.rows().size());
        ResultRow messages = result.rows().get(0);
        ResultRow bytes = result.rows().get(1);
        assertEquals("ok", messages.status().toString());
        assertEquals(3, messages.samples().size());
        assertEquals(messages.throughput() * 1024, bytes.throughput(), messages.throughput());
        // The minimum count sets the warm-up unless its time cap ends it first (a loaded machine): then it says so.
        assertTrue((long) result.facts().get("warmupMessages") >= 10_000 || (boolean) result.facts().get("warmupCapped"),
                () -> "smoke's minimum warm-up count: " + result.facts());
    }

    /** The timing itself (from the intended send time) is FixedRateRigTest's; here the case around it. */
    @Test
    void shouldRunAFixedRateCaseAndSayWhetherTheRateWasReached() throws Exception {
        CaseResult result = run(new FixedRateCase(Suite.SMOKE,
                knobs("jvm-abq", 64).withRate(2000)));
        ResultRow row = result.rows().get(0);
        assertEquals(2000, result.facts().get("targetRate"));
        long achieved = (long) result.facts().get("achievedRate");
        assertTrue(achieved > 0 && achieved <= 2000 * 1.01, "achieved " + achieved + "/s of 2000/s");
        // A loaded machine may not keep 2000/s: the row then says so with the rate it achieved.
        assertEquals(row.ok(), achieved >= FixedRateCase.REACHED * 2000, "status agrees with the achieved rate: " + row);
        assertEquals(row.ok(), result.warnings().isEmpty(), () -> result.warnings().toString());
        if (row.ok()) {
            assertEquals(800, row.count(), "400 ms at 2000/s, every message a sample");
            assertTrue(row.p50() > 0 && row.p50() <= row.p99() && row.p99() <= row.max(), row.toString());
        } else {
            assertEquals(RowStatus.OVER_CAPACITY, row.status());
        }
        // 2 000 messages at 2 000/s: the minimum count, not the 200 ms minimum time, sets the warm-up.
        assertTrue((long) result.facts().get("warmupMessages") >= 1_900, () -> result.facts().toString());
    }

    /** 50 M msgs/s leaves 20 ns per message, less than one clock read here: no channel carries that. */
    @Test
    void shouldReportARateTheChannelCannotCarryAsOverCapacityWithTheAchievedRateAndNoLatency() throws Exception {
        int rate = 50_000_000;
        FixedRateCase overRate = new FixedRateCase(Suite.SMOKE, knobs("jvm-abq", 64).withRate(rate));
        CaseResult result = run(overRate);
        ResultRow row = result.rows().get(0);
        assertEquals(RowStatus.OVER_CAPACITY, row.status(), row::toString);
        assertFalse(row.failed(), "a finding, not a failure");
        assertEquals("msgs/s", row.unit().text());
        assertTrue(row.throughput() > 0 && row.throughput() < FixedRateCase.REACHED * rate, row::toString);
        assertEquals((double) (long) result.facts().get("achievedRate"), row.throughput(), 1.0);
        assertNull(row.p50(), "no latency from a saturated queue");
        assertNull(row.p99());
        assertTrue(result.warnings().get(0).startsWith("over capacity: jvm-abq carried"), result.warnings()::toString);
        assertFalse(Files.exists(runDir.resolve("hdr").resolve(overRate.spec().id() + ".rtt.fork-1.hlog")),
                "no latency log either");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipe", "mmap"})
    void shouldFailTheCaseWhenThePeerDies(String transport) throws Exception {
        BenchCase rtt = new RttCase(Suite.QUICK, knobs(transport, 64));
        Set<Long> earlier = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
        CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> killPeerOnceEchoing(earlier));
        CaseResult result = rtt.run(new CaseContext(Suite.QUICK, rtt.spec(), runDir, privateDir, OptionalDouble.empty()));
        killer.get(30, TimeUnit.SECONDS);
        assertEquals("failed:peer-sigkill", result.rows().get(0).status().toString(), () -> result.facts() + " " + result.warnings());
        assertFalse(Files.exists(runDir.resolve("hdr").resolve(rtt.spec().id() + ".rtt.fork-1.hlog")));
    }

    /**
     * Kills the peer once it is past its handshake and echoing: it has mapped the ring (mmap), or has
     * written far more than a handshake line (pipe: every echo is a write). Killed earlier, the case
     * would fail for another reason (no handshake); waiting on a clock would race the case's end. A child
     * from an earlier test, killed but not yet reaped, is not this case's peer, nor is a child not yet
     * past its exec (it would fail the case as "Failed to exec spawn helper").
     */
    private static void killPeerOnceEchoing(Set<Long> earlier) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
            while (System.nanoTime() < deadline) {
                for (ProcessHandle peer : ProcessHandle.current().children().toList()) {
                    if (!earlier.contains(peer.pid()) && peer.isAlive() && echoing(peer.pid())) {
                        peer.destroyForcibly();
                        return;
                    }
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("the peer never got to echoing");
    }

    private static boolean echoing(long pid) {
        Path proc = Path.of("/proc", String.valueOf(pid));
        try {
            // Before its exec a new child (the JDK's spawn helper) still shows this JVM's command line and
            // mappings, ring.map included: only a process that already runs the peer's main is the peer.
            if (!Files.readString(proc.resolve("cmdline")).contains(PeerMain.class.getName())) {
                return false;
            }
            if (Files.readString(proc.resolve("maps")).contains("ring.map")) {
                return true;
            }
            for (String line : Files.readAllLines(proc.resolve("io"))) {
                if (line.startsWith("syscw:") && Long.parseLong(line.substring(6).trim()) > 1000) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not yet readable
        }
        return false;
    }
}
