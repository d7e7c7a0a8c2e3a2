package org.ipclab.lock.acquire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
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

    @Test
    void shouldRecordAHistogramAndLoseNothing(@TempDir Path dir) throws Exception {
        CaseResult result = CaseRig.run(new AcquireCase(Suite.SMOKE, "reentrant", 2), dir);
        ResultRow acquire = CaseRig.row(result, "acquire");
        assertEquals("ok", acquire.status());
        assertTrue(acquire.count() > 0 && acquire.p50() > 0, acquire.toString());
        assertEquals(0L, CaseRig.row(result, "lost-updates").max());
        assertTrue(Files.exists(dir.resolve("run/hdr/lock.acquire.strategy-reentrant_threads-2.hgrm")));
        assertTrue(result.facts().containsKey("nanoTimeCostNs"));
    }
}
