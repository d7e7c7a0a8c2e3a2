package org.ipclab.lock.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.lock.CaseRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FairnessCaseTest {

    @Test
    void shouldScoreAnEvenShareAsOneAndAStarvedThreadLow() {
        assertEquals(1.0, FairnessStats.jainIndex(new long[] {5, 5, 5, 5}), 1e-9);
        assertEquals(1.0, FairnessStats.minMaxRatio(new long[] {7, 7}), 1e-9);
        assertEquals(0.25, FairnessStats.jainIndex(new long[] {8, 0, 0, 0}), 1e-9);
        assertEquals(0.0, FairnessStats.minMaxRatio(new long[] {8, 0}), 1e-9);
    }

    /** Fair against unfair at the lock itself is ReentrantLockFairnessTest's; here the case's own figures. */
    @Test
    void shouldReportRatiosOfThePerThreadCountsAndNoLostUpdate(@TempDir Path dir) throws Exception {
        CaseResult result = CaseRig.run(new FairnessCase(new FairnessKnobs(Suite.SMOKE, "reentrant-fair", 2)), dir);
        ResultRow jain = CaseRig.row(result, "jain-index");
        ResultRow ratio = CaseRig.row(result, "min-max-ratio");
        assertEquals("ok", jain.status().toString());
        assertEquals(0L, CaseRig.row(result, "lost-updates").max());
        @SuppressWarnings("unchecked")
        List<String> perThread = (List<String>) result.facts().get("perThreadCounts");
        assertEquals(jain.count(), perThread.size(), "one count vector per repetition");
        for (int r = 0; r < perThread.size(); r++) {
            long[] counts = Arrays.stream(perThread.get(r).replaceAll("[\\[\\] ]", "").split(","))
                    .mapToLong(Long::parseLong).toArray();
            assertTrue(counts.length == 2 && counts[0] > 0 && counts[1] > 0, perThread.get(r));
            assertEquals(FairnessStats.jainIndex(counts), jain.samples().get(r), 1e-12, "Jain of " + perThread.get(r));
            assertEquals(FairnessStats.minMaxRatio(counts), ratio.samples().get(r), 1e-12, "min/max of " + perThread.get(r));
        }
    }
}
