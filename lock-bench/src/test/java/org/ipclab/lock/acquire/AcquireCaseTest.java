package org.ipclab.lock.acquire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.ipclab.lock.CaseRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcquireCaseTest {

    @Test
    void shouldBatchOnlyWhenTheClockCostsMoreThanATenthOfTheOperation() {
        assertEquals(1, ClockCost.batch(1000, 30));
        assertEquals(20, ClockCost.batch(15, 30));
        assertEquals(1000, ClockCost.batch(0.01, 30), "the batch is bounded");
    }

    /** The expected time is what the run spends timing plus its probes, in every suite: one figure, not two. */
    @Test
    void shouldExpectTheTimedPhasesTheRunUses() {
        for (Suite suite : Suite.values()) {
            AcquireKnobs knobs = new AcquireKnobs(suite, "reentrant", 2);
            assertEquals(knobs.warmMs() + knobs.measureMs() + 500, knobs.expected().toMillis(), suite.label());
        }
    }

    @Test
    void shouldRecordAHistogramAndLoseNothing(@TempDir Path dir) throws Exception {
        CaseResult result = CaseRig.run(new AcquireCase(new AcquireKnobs(Suite.SMOKE, "reentrant", 2)), dir);
        ResultRow acquire = CaseRig.row(result, "acquire");
        assertEquals("ok", acquire.status().toString());
        assertTrue(acquire.count() > 0 && acquire.p50() > 0, acquire.toString());
        assertEquals(0L, CaseRig.row(result, "lost-updates").max());
        assertTrue(Files.exists(dir.resolve("run/hdr/lock.acquire.strategy-reentrant_threads-2.acquire.fork-1.hlog")));
        assertTrue(result.facts().containsKey("nanoTimeCostNs"));
        boolean batched = (int) result.facts().get("batch") > 1;
        assertEquals(batched, acquire.p99() == null, "tails are published only for single acquires");
        assertEquals(batched, result.warnings().stream().anyMatch(w -> w.contains("means of batches")));
    }

    @Test
    void shouldKeepTheMedianAndMeanOfBatchMeansButNoTails() {
        ResultRow single = new ResultRow("lock", "acquire", Params.parse("strategy=cas;threads=1"), "acquire", Unit.NS, 100,
                12.5, 12L, 14L, 30L, 90L, 400L, null, RowStatus.OK, null);
        ResultRow batched = AcquireCase.batchMeans(single);
        assertEquals("acquire", batched.metric());
        assertEquals(100, batched.count());
        assertEquals(12.5, batched.mean());
        assertEquals(12L, batched.p50());
        assertNull(batched.p90());
        assertNull(batched.p99());
        assertNull(batched.p999());
        assertNull(batched.max());
    }
}
