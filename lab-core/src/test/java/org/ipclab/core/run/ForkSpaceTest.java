package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.SummaryCsv;
import org.junit.jupiter.api.Test;

class ForkSpaceTest {
    private static final Path SHM = Path.of("/dev/shm");
    private static final Path OUT = Path.of("/tmp/results");
    private static final long MIB = 1L << 20;

    /** A case that declares 24 MiB of scratch files. */
    private static final BenchCase NEEDS_24_MIB = new BenchCase() {
        @Override
        public CaseSpec spec() {
            return new CaseSpec("queue", "rtt", Params.of("size", 64, "transport", "aeron"));
        }

        @Override
        public Duration expected() {
            return Duration.ofSeconds(1);
        }

        @Override
        public CaseResult run(CaseContext context) {
            return new CaseResult();
        }

        @Override
        public long scratchBytes() {
            return 24 * MIB;
        }
    };

    private static ForkSpace withFree(long shm, long out) {
        Map<Path, Long> free = Map.of(SHM, shm, OUT, out);
        return new ForkSpace(SHM, OUT, free::get);
    }

    @Test
    void shouldSkipAForkWhoseScratchFilesDoNotFit() {
        assertEquals(Optional.of("skipped:no-space(/dev/shm: 1.0 MiB free; 24.0 MiB needed)"),
                withFree(MIB, 100 * MIB).shortfall(NEEDS_24_MIB).map(Object::toString));
    }

    @Test
    void shouldSkipAForkWhoseLogsDoNotFitInTheRunFolder() {
        assertEquals(Optional.of("skipped:no-space(/tmp/results: 0.5 MiB free; 8.0 MiB needed)"),
                withFree(100 * MIB, MIB / 2).shortfall(NEEDS_24_MIB).map(Object::toString));
    }

    @Test
    void shouldRunAForkThatFits() {
        assertEquals(Optional.empty(), withFree(24 * MIB, ForkSpace.OUT_BYTES_PER_FORK).shortfall(NEEDS_24_MIB));
    }

    @Test
    void shouldLetTheForkTryWhenFreeSpaceCannotBeRead() {
        ForkSpace unknown = new ForkSpace(SHM, OUT, dir -> {
            throw new java.io.IOException("no file store");
        });
        assertEquals(Optional.empty(), unknown.shortfall(NEEDS_24_MIB));
    }

    @Test
    void shouldKeepTheStatusWholeThroughSummaryCsv() {
        RowStatus status = withFree(MIB, 100 * MIB).shortfall(NEEDS_24_MIB).orElseThrow();
        ResultRow row = ResultRow.empty(NEEDS_24_MIB.spec(), "rtt", status);
        String line = SummaryCsv.format(row);
        assertEquals(SummaryCsv.COLUMNS, line.split(",", -1).length, "no comma inside a field: " + line);
        assertFalse(line.contains("\""), line);
        ResultRow back = SummaryCsv.parse(line);
        assertEquals(status, back.status());
        assertFalse(back.failed(), "a skip, not a failure");
        assertTrue(ResultRow.firstProblem(java.util.List.of(back)).isPresent());
    }
}
