package org.ipclab.process.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.process.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PoolCaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(PoolKind.class)
    void shouldReportBatchTaskAndThroughputRows(PoolKind kind) throws Exception {
        PoolCase pool = new PoolCase(new PoolKnobs(Suite.SMOKE, kind, 2, 4, Work.CPU));

        CaseResult result = pool.run(TestContexts.smoke(pool, dir));

        if (!kind.available()) {
            assertEquals("skipped:needs-jdk21", result.rows().get(0).status().toString());
            return;
        }
        List<String> metrics = result.rows().stream().map(ResultRow::metric).toList();
        assertEquals(List.of(PoolCase.BATCH, PoolCase.TASK, PoolCase.THROUGHPUT), metrics);
        result.rows().forEach(row -> assertEquals("ok", row.status().toString(), row.metric()));
        int batches = (Integer) result.facts().get("batches");
        assertEquals(batches, result.rows().get(0).count());
        assertEquals(batches * 4L, result.rows().get(1).count());
        assertEquals(0, result.facts().get("failedTasks"));
        assertTrue(result.rows().get(2).throughput() > 0);
    }

    @Test
    void shouldLeaveSizeOutForVirtualThreads() {
        assertEquals("kind=virtual;tasks=10;work=sleep",
                new PoolKnobs(Suite.SMOKE, PoolKind.VIRTUAL, 4, 10, Work.SLEEP).params().toString());
    }

    @Test
    void shouldRejectAnEmptyPoolOrBatch() {
        assertThrows(IllegalArgumentException.class, () -> new PoolKnobs(Suite.SMOKE, PoolKind.THREAD, 0, 10, Work.CPU));
        assertThrows(IllegalArgumentException.class, () -> new PoolKnobs(Suite.SMOKE, PoolKind.THREAD, 4, 0, Work.CPU));
    }
}
