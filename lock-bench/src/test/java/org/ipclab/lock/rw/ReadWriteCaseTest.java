package org.ipclab.lock.rw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.lock.CaseRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadWriteCaseTest {

    @Test
    void shouldScoreEachSideAndCountOptimisticRetries(@TempDir Path dir) throws Exception {
        CaseResult result = CaseRig.run(new ReadWriteCase(new ReadWriteKnobs(Suite.SMOKE, "stamped-optimistic", 1, 1)), dir);
        double read = CaseRig.row(result, "read").throughput();
        double write = CaseRig.row(result, "write").throughput();
        assertTrue(read > 0 && write > 0);
        assertEquals(read + write, CaseRig.row(result, "throughput").throughput(), (read + write) * 1e-6,
                "the group's score is the sum of its sides");
        ResultRow retries = CaseRig.row(result, "optimistic-retries");
        assertEquals("ok", retries.status().toString());
        assertEquals("count", retries.unit().text());
        assertEquals(3, retries.count(), "one count per measured iteration");
        assertTrue(retries.samples().stream().allMatch(r -> r >= 0 && r == Math.rint(r)), retries.samples().toString());
        // A writer writing all the time beside the optimistic reader invalidates some of its reads.
        assertTrue(retries.max() > 0, "no optimistic read was retried beside a writer: " + retries.samples());
        assertEquals(retries.samples().stream().mapToDouble(Double::doubleValue).max().orElseThrow(), retries.max(), 0.0);
    }
}
