package org.ipclab.lock.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

    @Test
    void shouldReportRatiosWithinTheirRangeAndNoLostUpdate(@TempDir Path dir) throws Exception {
        CaseResult result = CaseRig.run(new FairnessCase(Suite.SMOKE, "reentrant-fair", 2), dir);
        ResultRow jain = CaseRig.row(result, "jain-index");
        assertTrue(jain.mean() >= 0.5 && jain.mean() <= 1.0, "Jain's index of 2 threads lies in [1/2, 1]: " + jain);
        ResultRow ratio = CaseRig.row(result, "min-max-ratio");
        assertTrue(ratio.mean() >= 0 && ratio.mean() <= 1.0, ratio.toString());
        assertEquals(0L, CaseRig.row(result, "lost-updates").max());
    }
}
