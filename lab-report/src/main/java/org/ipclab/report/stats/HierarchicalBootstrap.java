package org.ipclab.report.stats;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A 95% interval for the ratio B/A of two sides' centres (a side's centre = median of its fork centres)
 * from a two-level bootstrap: each resample draws the forks with replacement, then within each drawn fork
 * its samples with replacement, and takes their median as that fork's centre. Resampling forks first is
 * what makes the fork the unit: the interval is as wide as forks disagree, however many intervals each
 * fork ran. A fork without samples keeps its centre. The seed is fixed, so a report is reproducible.
 */
public final class HierarchicalBootstrap {
    public static final int RESAMPLES = 2000;

    private HierarchicalBootstrap() {
    }

    /** Percentile interval of the ratio; a zero denominator gives an infinite ratio (0/0 counts as 1). */
    public static Interval ratio(List<Fork> a, List<Fork> b, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            ratios[i] = ratio(centre(a, random), centre(b, random));
        }
        Arrays.sort(ratios);
        return new Interval(ratios[(int) Math.floor(0.025 * (RESAMPLES - 1))], ratios[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }

    static double ratio(double a, double b) {
        if (a == 0) {
            return b == 0 ? 1 : b > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return b / a;
    }

    private static double centre(List<Fork> forks, SplittableRandom random) {
        double[] centres = new double[forks.size()];
        for (int i = 0; i < centres.length; i++) {
            Fork f = forks.get(random.nextInt(forks.size()));
            centres[i] = f.samples().length == 0 ? f.centre() : resampledMedian(f.samples(), random);
        }
        Arrays.sort(centres);
        return Median.ofSorted(centres);
    }

    private static double resampledMedian(double[] samples, SplittableRandom random) {
        double[] drawn = new double[samples.length];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = samples[random.nextInt(samples.length)];
        }
        Arrays.sort(drawn);
        return Median.ofSorted(drawn);
    }

    /** Lower and upper bound of the ratio. */
    public record Interval(double low, double high) {
    }
}
