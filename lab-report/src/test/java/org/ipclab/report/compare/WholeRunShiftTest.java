package org.ipclab.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.junit.jupiter.api.Test;

class WholeRunShiftTest {
    /** Ten rows all 7% slower, each to ±8%: the module's interval lies clear of zero. */
    private static final List<PairedRow> SLOWER = rows(7, 0.04);
    private static final List<PairedRow> UNCHANGED = rows(0.5, 0.04);
    /** Ten rows 2.5% faster, each to ±2%: clear of zero, but within the ±3% band. */
    private static final List<PairedRow> WITHIN_BAND = rows(-2.5, 0.01);

    @Test
    void shouldWarnOfAModuleThatMovedAsAWholeWithOneRunOnASide() {
        List<PairedRow> geomean = GeometricMean.rows(SLOWER, List.of("A", "B"));
        assertTrue(geomean.get(0).changeLowPct() > 0, geomean.toString());
        List<String> warnings = WholeRunShift.warnings(true, geomean, 3);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("queue moved +7.0% ["), warnings.get(0));
        assertTrue(warnings.get(0).contains("A B A B"), warnings.get(0));
    }

    @Test
    void shouldStayQuietWithRunsOnEverySideOrAModuleInsideTheBand() {
        assertEquals(List.of(), WholeRunShift.warnings(false, GeometricMean.rows(SLOWER, List.of("A", "B")), 3));
        assertEquals(List.of(), WholeRunShift.warnings(true, GeometricMean.rows(UNCHANGED, List.of("A", "B")), 3));
        List<PairedRow> small = GeometricMean.rows(WITHIN_BAND, List.of("A", "B"));
        assertTrue(small.get(0).changeHighPct() < 0, small.toString());
        assertEquals(List.of(), WholeRunShift.warnings(true, small, 3));
        assertEquals(List.of(), WholeRunShift.warnings(true, SLOWER, 3), "rows are not module lines");
    }

    private static List<PairedRow> rows(double changePct, double logSe) {
        return IntStream.range(0, 10).mapToObj(i -> new PairedRow("queue", "rtt", "size=" + i, "rtt", "ns", "B",
                1000.0, null, null, null, null, changePct, changePct - 200 * logSe, changePct + 200 * logSe, logSe, null, null, 4, 0, 0, 4, 0, 0,
                List.of(), List.of(), Verdict.INCONCLUSIVE, "", null, null)).toList();
    }
}
