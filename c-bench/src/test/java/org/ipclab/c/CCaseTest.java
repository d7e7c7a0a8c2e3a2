package org.ipclab.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.HdrFiles;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.SummaryCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The C cases through the real compiler: rows, files and the summary line, as a run files them. */
class CCaseTest {
    private static final Map<String, String> REAL_CC = Map.of("CC", CCompilerTest.CC.toString());

    @TempDir
    Path temp;

    private CaseResult run(CCase c, Map<String, String> env) throws Exception {
        CaseContext context = new CaseContext(Suite.SMOKE, c.spec(), temp.resolve("run"), temp.resolve("private"),
                OptionalDouble.empty());
        return c.run(context, env);
    }

    @Test
    void shouldMeasureAPipeRoundTripIntoTheLabsOwnRowAndFiles() throws Exception {
        assumeTrue(Files.isExecutable(CCompilerTest.CC), "needs " + CCompilerTest.CC);
        CCase pipe = CCase.rtt(Suite.SMOKE, "pipe", 64);

        CaseResult result = run(pipe, REAL_CC);

        assertEquals(1, result.rows().size(), result.warnings().toString());
        ResultRow row = result.rows().get(0);
        assertEquals(RowStatus.OK, row.status(), result.warnings().toString());
        assertEquals(List.of("c", "rtt", "size=64;transport=pipe", "rtt", "ns"),
                List.of(row.module(), row.caseName(), row.params().toString(), row.metric(), row.unit().text()));
        assertTrue(row.count() > 100, "round trips measured: " + row.count());
        assertTrue(row.p50() > 0 && row.p50() <= row.p99() && row.p99() <= row.max(), row.toString());
        assertFalse(row.samples().isEmpty(), "one median per interval, as for the Java rows");
        ResultRow line = SummaryCsv.parse(SummaryCsv.format(row));
        assertEquals(List.of(row.params(), row.count(), row.p50(), row.p999(), row.status()),
                List.of(line.params(), line.count(), line.p50(), line.p999(), line.status()), "the summary.csv line reads back");
        Path hlog = temp.resolve("run").resolve(HdrFiles.logName(pipe.spec().id(), "rtt", 1));
        long logged = 0;
        HistogramLogReader reader = new HistogramLogReader(hlog.toFile());
        for (var h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
            logged += ((Histogram) h).getTotalCount();
        }
        assertEquals(row.count(), logged, "the .hlog holds every measured round trip");
        assertEquals(true, result.facts().get("compiledInThisFork"));
    }

    @Test
    void shouldTimeThreadsAndSpawnsAsTheirJavaTwinsAreNamed() throws Exception {
        assumeTrue(Files.isExecutable(CCompilerTest.CC), "needs " + CCompilerTest.CC);
        for (CCase c : List.of(CCase.thread(Suite.SMOKE), CCase.spawn(Suite.SMOKE, "posix_spawn"), CCase.rtt(Suite.SMOKE, "fifo", 64),
                CCase.floor(Suite.SMOKE))) {
            CaseResult result = run(c, REAL_CC);
            ResultRow row = result.rows().get(0);
            assertEquals(RowStatus.OK, row.status(), c.spec() + " " + result.warnings());
            assertTrue(row.count() > 0 && row.p50() > 0, row.toString());
        }
        try (Stream<Path> left = Files.list(temp.resolve("private"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".fifo")), "the FIFOs go with their case");
        }
        CaseResult spawn = run(CCase.spawn(Suite.SMOKE, "fork"), REAL_CC);
        assertEquals("start-to-exit", spawn.rows().get(0).metric());
        assertEquals(150, spawn.rows().get(0).count(), "the Java spawn case's smoke count, after 20 of warm-up");
        assertEquals(false, spawn.facts().get("compiledInThisFork"), "one compile serves every case of the run");
    }

    @Test
    void shouldSkipWithNoCcWhenTheCompilerIsAbsent() throws Exception {
        CaseResult result = run(CCase.rtt(Suite.SMOKE, "tcp", 64), Map.of("CC", "/nowhere/cc"));

        assertEquals(List.of("skipped:" + CCase.NO_CC), result.rows().stream().map(r -> r.status().toString()).toList());
        assertEquals("rtt", result.rows().get(0).metric());
    }

    @Test
    void shouldNameEachCaseLikeTheJavaRowItMirrors() {
        List<String> quick = new CCases().cases(Suite.QUICK).stream().map(c -> c.spec().key()).toList();
        List<String> full = new CCases().cases(Suite.FULL).stream().map(c -> c.spec().key()).toList();

        assertTrue(quick.containsAll(List.of("c/floor/", "c/rtt/size=64;transport=pipe", "c/rtt/size=64;transport=tcp",
                "c/rtt/size=64;transport=shm", "c/spawn/mechanism=vfork", "c/thread/kind=platform")), quick.toString());
        assertTrue(full.containsAll(List.of("c/rtt/size=8;transport=fifo", "c/rtt/size=65536;transport=tcp")), full.toString());
        assertEquals(List.of("c/rtt/size=64;transport=pipe"),
                new CCases().cases(Suite.SMOKE).stream().map(c -> c.spec().key()).toList());
    }
}
