package org.ipclab.report.stats;

import java.util.List;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * Whether two runs' samples differ in location: a two-sided Mann-Whitney U test (no normality
 * assumption), significant below {@value #ALPHA}. Too few samples give no verdict at all.
 */
public record ShiftTest(int baselineCount, int otherCount, double pValue) {
    public static final double ALPHA = 0.05;
    public static final int MIN_SAMPLES = MedianInterval.MIN_SAMPLES;

    public static ShiftTest of(List<Double> baseline, List<Double> other) {
        if (baseline.size() < MIN_SAMPLES || other.size() < MIN_SAMPLES) {
            return new ShiftTest(baseline.size(), other.size(), Double.NaN);
        }
        double p = new MannWhitneyUTest().mannWhitneyUTest(toArray(baseline), toArray(other));
        return new ShiftTest(baseline.size(), other.size(), Double.isNaN(p) ? 1.0 : p);
    }

    public boolean enoughSamples() {
        return !Double.isNaN(pValue);
    }

    public boolean significant() {
        return enoughSamples() && pValue < ALPHA;
    }

    /** What is missing, e.g. "3 vs 10 samples; needs 6 per run". */
    public String shortfall() {
        return baselineCount + " vs " + otherCount + " samples; needs " + MIN_SAMPLES + " per run";
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
