package org.ipclab.report.stats;

import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * Whether two sides' fork centres differ in location: the exact two-sided Mann-Whitney U test, so a
 * handful of forks gets an honest p-value (3 vs 3 forks can never go below 0.1; 5 vs 5 reach 0.008).
 */
public final class ForkShiftTest {
    private ForkShiftTest() {
    }

    /** NaN with fewer than two forks on a side. */
    public static double pValue(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            return Double.NaN;
        }
        double p = MannWhitneyUTest.withDefaults().with(PValueMethod.EXACT).test(a, b).getPValue();
        return Double.isNaN(p) ? 1.0 : p;
    }
}
