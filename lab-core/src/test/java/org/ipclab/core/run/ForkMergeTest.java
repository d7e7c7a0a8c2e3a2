package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.Params;
import org.ipclab.core.Placement;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord.ForkEntry;
import org.ipclab.core.schema.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkMergeTest {
    private static final CaseSpec SPEC = new CaseSpec("queue", "rtt", Params.of("transport", "pipe"));

    @TempDir
    Path runDir;

    @Test
    void shouldMergeEveryForksIntervalLogIntoOneDistribution() throws Exception {
        ForkEntry fast = fork(1, 1000, 300);
        ForkEntry slow = fork(2, 3000, 100);
        List<ResultRow> rows = ForkMerge.rows(SPEC, List.of(fast, slow), runDir);
        ResultRow rtt = rows.get(0);
        assertEquals(400, rtt.count(), "every sample of both forks");
        assertEquals(1000, rtt.p50(), 1000 * 0.001 + 1);
        assertTrue(rtt.max() >= 3000 && rtt.max() <= 3003, "max " + rtt.max());
        assertEquals(fast.rows().get(0).samples().size() + slow.rows().get(0).samples().size(), rtt.samples().size());
        Path hgrm = runDir.resolve("hdr/queue.rtt.transport-pipe.rtt.hgrm");
        assertTrue(Files.readString(hgrm).replaceAll("\\s+", " ").contains("Total count = 400]"), Files.readString(hgrm));
    }

    @Test
    void shouldLeaveAFailedForkOutAndFailOnlyWhenNoForkMeasured() throws Exception {
        ForkEntry ok = fork(1, 1000, 50);
        ForkEntry failed = forkOf(2, List.of(ResultRow.failed(SPEC, "rtt", "timeout")), List.of());
        assertEquals(50, ForkMerge.rows(SPEC, List.of(ok, failed), runDir).get(0).count());
        assertEquals("failed:timeout", ForkMerge.rows(SPEC, List.of(failed), runDir).get(0).status().toString());
    }

    /** A rate is sustained only if every fork kept it; the row then says what the others achieved. */
    @Test
    void shouldCallTheRowOverCapacityWhenAnyForkCouldNotKeepTheRate() throws Exception {
        ForkEntry kept = fork(1, 1000, 50);
        ForkEntry behind = forkOf(2, List.of(ResultRow.overCapacity(SPEC, "rtt", List.of(700_000.0))), List.of());
        ResultRow merged = ForkMerge.rows(SPEC, List.of(kept, behind), runDir).get(0);
        assertEquals(RowStatus.OVER_CAPACITY, merged.status());
        assertEquals(700_000.0, merged.throughput(), 1e-9);
        assertEquals(null, merged.p50(), "no latency from the fork that kept up either");
        assertFalse(Files.exists(runDir.resolve("hdr/queue.rtt.transport-pipe.rtt.hgrm")), "no merged distribution");
    }

    @Test
    void shouldPoolTheIterationsOfRateRows() throws Exception {
        ForkEntry a = forkOf(1, List.of(ResultRow.throughput(SPEC, "one-way", Unit.MSGS_PER_S, List.of(10.0, 20.0))), List.of());
        ForkEntry b = forkOf(2, List.of(ResultRow.throughput(SPEC, "one-way", Unit.MSGS_PER_S, List.of(30.0))), List.of());
        ResultRow merged = ForkMerge.rows(SPEC, List.of(a, b), runDir).get(0);
        assertEquals(3, merged.count());
        assertEquals(20.0, merged.throughput(), 1e-9);
    }

    /** A fork as the case JVM leaves it: its row (with interval medians) and its interval log. */
    private ForkEntry fork(int index, long value, int samples) throws Exception {
        CaseContext context = new CaseContext(Suite.SMOKE, SPEC, runDir, runDir.resolve("private"), OptionalDouble.empty(),
                SPEC.id(), index, Placement.OS);
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 0; i < samples; i++) {
            recorder.record(value);
        }
        ResultRow row = context.latency("rtt", recorder);
        return forkOf(index, List.of(row), context.files());
    }

    private static ForkEntry forkOf(int index, List<ResultRow> rows, List<String> files) {
        return new ForkEntry(index, index, null, 0, null, null, null, rows, null, null, null, files, null, null);
    }
}
