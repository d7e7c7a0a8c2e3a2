package org.ipclab.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Params;
import org.ipclab.core.PrivateDir;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
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

    private CaseResult run(BenchCase benchCase) throws Exception {
        return benchCase.run(new CaseContext(Suite.SMOKE, benchCase.spec(), runDir, privateDir, OptionalDouble.of(500)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipe", "shm"})
    void shouldMeasureRoundTripsToAPeerJvm(String transport) throws Exception {
        BenchCase rtt = new RttCase(Suite.SMOKE, Params.of("transport", transport, "size", 64));
        CaseResult result = run(rtt);
        ResultRow row = result.rows().get(0);
        assertEquals("ok", row.status(), () -> result.facts().toString());
        assertTrue(row.count() > 0 && row.p50() > 0 && row.p50() <= row.p99(), row.toString());
        assertNotNull(result.facts().get("floorMultiple"));
        assertTrue((long) result.facts().get("warmupRoundTrips") > 0);
        assertTrue(Files.exists(runDir.resolve("hdr").resolve(rtt.spec().id() + ".hgrm")));
    }

    @Test
    void shouldStreamAndReportMessagesAndBytesPerSecond() throws Exception {
        CaseResult result = run(new ThroughputCase(Suite.SMOKE, Params.of("transport", "jvm-agrona-1to1", "size", 1024)));
        assertEquals(2, result.rows().size());
        ResultRow messages = result.rows().get(0);
        ResultRow bytes = result.rows().get(1);
        assertEquals("ok", messages.status());
        assertEquals(3, messages.samples().size());
        assertEquals(messages.throughput() * 1024, bytes.throughput(), messages.throughput());
        assertTrue((long) result.facts().get("warmupMessages") >= 10_000, "smoke's minimum warm-up count");
    }

    @Test
    void shouldMeasureFixedRateFromTheIntendedSendTime() throws Exception {
        CaseResult result = run(new FixedRateCase(Suite.SMOKE,
                Params.of("transport", "jvm-abq", "size", 64, "rate", 2000)));
        ResultRow row = result.rows().get(0);
        assertEquals("ok", row.status(), () -> result.warnings().toString());
        assertEquals(800, row.count());
        assertTrue((long) result.facts().get("achievedRate") > 1900);
        // 2 000 messages at 2 000/s: the minimum count, not the 200 ms minimum time, sets the warm-up.
        assertTrue((long) result.facts().get("warmupMessages") >= 1_900, () -> result.facts().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipe", "mmap"})
    void shouldFailTheCaseWhenThePeerDies(String transport) throws Exception {
        BenchCase rtt = new RttCase(Suite.QUICK, Params.of("transport", transport, "size", 64));
        CompletableFuture<Void> killer = CompletableFuture.runAsync(CaseRunTest::killPeerOnceRunning);
        CaseResult result = rtt.run(new CaseContext(Suite.QUICK, rtt.spec(), runDir, privateDir, OptionalDouble.empty()));
        killer.get(30, TimeUnit.SECONDS);
        assertEquals("failed:peer-exited-137", result.rows().get(0).status());
        assertFalse(Files.exists(runDir.resolve("hdr").resolve(rtt.spec().id() + ".hgrm")));
    }

    private static void killPeerOnceRunning() {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (ProcessHandle.current().children().findAny().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(400);
            ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
