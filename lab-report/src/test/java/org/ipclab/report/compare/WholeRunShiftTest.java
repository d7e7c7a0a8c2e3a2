package org.ipclab.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.read.RunFolder;
import org.ipclab.report.read.RunJson.RunInfo;
import org.junit.jupiter.api.Test;

class WholeRunShiftTest {
    /** Ten rows all 7% slower, each to ±8%: the module's interval lies clear of zero. */
    private static final List<PairedRow> SLOWER = rows(7, 0.04);
    private static final List<PairedRow> UNCHANGED = rows(0.5, 0.04);
    /** Ten rows 2.5% faster, each to ±2%: clear of zero, but within the ±3% band. */
    private static final List<PairedRow> WITHIN_BAND = rows(-2.5, 0.01);
    private static final List<Side> ONE_RUN_A_SIDE = List.of(side("A", run("a1", null)), side("B", run("b1", null)));
    private static final List<Side> RUNS_ON_EVERY_SIDE = List.of(side("A", run("a1", null), run("a2", null)),
            side("B", run("b1", null), run("b2", null)));

    @Test
    void shouldWarnOfAModuleThatMovedAsAWholeWithOneRunOnASide() {
        List<PairedRow> geomean = GeometricMean.rows(SLOWER, List.of("A", "B"));
        assertTrue(geomean.get(0).changeLowPct() > 0, geomean.toString());
        List<String> warnings = WholeRunShift.warnings(ONE_RUN_A_SIDE, geomean, 3);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("queue moved +7.0% ["), warnings.get(0));
        assertTrue(warnings.get(0).contains("A B A B"), warnings.get(0));
    }

    @Test
    void shouldStayQuietWithRunsOnEverySideOrAModuleInsideTheBand() {
        assertEquals(List.of(), WholeRunShift.warnings(RUNS_ON_EVERY_SIDE, GeometricMean.rows(SLOWER, List.of("A", "B")), 3));
        assertEquals(List.of(), WholeRunShift.warnings(ONE_RUN_A_SIDE, GeometricMean.rows(UNCHANGED, List.of("A", "B")), 3));
        List<PairedRow> small = GeometricMean.rows(WITHIN_BAND, List.of("A", "B"));
        assertTrue(small.get(0).changeHighPct() < 0, small.toString());
        assertEquals(List.of(), WholeRunShift.warnings(ONE_RUN_A_SIDE, small, 3));
        assertEquals(List.of(), WholeRunShift.warnings(ONE_RUN_A_SIDE, SLOWER, 3), "rows are not module lines");
    }

    /** The two sides of one run whose forks alternated: the host's drift moved both alike. */
    @Test
    void shouldStayQuietWhenTheSidesAlternatedTheirForksInOneRun() {
        List<Side> interleaved = List.of(side("A", run("a1", "b1")), side("B", run("b1", "a1")));
        assertEquals(List.of(), WholeRunShift.warnings(interleaved, GeometricMean.rows(SLOWER, List.of("A", "B")), 3));
    }

    static Side side(String label, RunFolder... runs) {
        return new Side(label, List.of(runs));
    }

    static RunFolder run(String id, String interleavedWith) {
        return new RunFolder(Path.of(id), new RunInfo(id, "quick", "complete", "?", "?", "", "?", null, List.of(), 4,
                interleavedWith), List.of(), Map.of());
    }

    private static List<PairedRow> rows(double changePct, double logSe) {
        return IntStream.range(0, 10).mapToObj(i -> new PairedRow("queue", "rtt", "size=" + i, "rtt", "ns", "B",
                1000.0, null, null, null, null, changePct, changePct - 200 * logSe, changePct + 200 * logSe, logSe, null, null, 4, 0, 0, 4, 0, 0,
                List.of(), List.of(), Verdict.INCONCLUSIVE, "", null, null)).toList();
    }
}
