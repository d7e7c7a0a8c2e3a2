package org.ipclab.lock.rw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Suite;
import org.ipclab.lock.CaseRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadWriteCaseTest {

    @Test
    void shouldScoreEachSideAndCountOptimisticRetries(@TempDir Path dir) throws Exception {
        CaseResult result = CaseRig.run(new ReadWriteCase(Suite.SMOKE, "stamped-optimistic", 1, 1), dir);
        double read = CaseRig.row(result, "read").throughput();
        double write = CaseRig.row(result, "write").throughput();
        assertTrue(read > 0 && write > 0);
        assertEquals(read + write, CaseRig.row(result, "throughput").throughput(), (read + write) * 1e-6,
                "the group's score is the sum of its sides");
        assertEquals(3, CaseRig.row(result, "optimistic-retries").count());
    }
}
