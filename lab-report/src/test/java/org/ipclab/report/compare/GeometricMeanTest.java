package org.ipclab.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.junit.jupiter.api.Test;

class GeometricMeanTest {
    /** A module with one comparable row gets that row's interval, not a bare figure that reads as the module's. */
    @Test
    void shouldGiveAOneRowModuleThatRowsOwnInterval() {
        ModuleChange m = GeometricMean.change(List.of(row("rtt", "ns", 8.9, -20.0, 48.0)), "B");
        assertEquals(8.9, m.changePct(), 1e-9);
        assertEquals(-20.0, m.lowPct(), 1e-9);
        assertEquals(48.0, m.highPct(), 1e-9);
        assertTrue(m.note().contains("the row's own 95% interval"), m.note());
    }

    /** A rate that fell is a cost that rose: 10% fewer ops/s is 11.1% more costly, and the interval turns over. */
    @Test
    void shouldTurnAOneRateRowsIntervalIntoACostInterval() {
        ModuleChange m = GeometricMean.change(List.of(row("throughput", "ops/s", -10.0, -30.0, 15.0)), "B");
        assertEquals(100 / 0.9 - 100, m.changePct(), 1e-9);
        assertEquals(100 / 1.15 - 100, m.lowPct(), 1e-9);
        assertEquals(100 / 0.7 - 100, m.highPct(), 1e-9);
    }

    @Test
    void shouldPoolSeveralRowsOverTheRows() {
        ModuleChange m = GeometricMean.change(List.of(row("rtt", "ns", 5.0, -5.0, 16.0), row("p", "ns", 7.0, -3.0, 18.0)), "B");
        assertTrue(m.lowPct() < 5.0 && m.highPct() > 7.0, m.toString());
        assertTrue(m.note().contains("95% interval over the rows"), m.note());
    }

    private static PairedRow row(String metric, String unit, double changePct, double lowPct, double highPct) {
        double logSe = (Math.log1p(highPct / 100) - Math.log1p(lowPct / 100)) / (2 * 1.96);
        return new PairedRow("process", "case", "k=" + metric, metric, unit, "B", 1000.0, null, null, null, null,
                changePct, lowPct, highPct, logSe, null, 0.5, 4, 0, 0, 4, 0, 0, List.of(), List.of(), Verdict.INCONCLUSIVE,
                "", null, null);
    }
}
