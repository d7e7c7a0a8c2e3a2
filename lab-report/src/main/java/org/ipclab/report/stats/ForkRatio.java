package org.ipclab.report.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The effect B/A of two sides' forks: the ratio of the geometric means of their fork centres, its 95%
 * interval and a two-sided p-value, from Welch's t on the logs of the centres.
 *
 * <p>Why this and not a bootstrap: a run has a handful of forks per case, and a bootstrap over three
 * forks can only reshuffle those three, so its interval is far too narrow (it treats the spread of three
 * values as known). Student's t carries the cost of estimating that spread from few forks, exactly when
 * fork effects are log-normal. Both levels are respected: each fork's centre already holds that fork's
 * interval-to-interval noise, so the spread of the centres is fork-to-fork plus within-fork variance.
 * A side of several run folders adds a third level when its runs disagree beyond their forks
 * ({@link SideMean}); Welch's degrees of freedom then come from each side's own.
 *
 * <p>Twins, the forks of a two-sided run that ran back to back on the two sides, share that moment's host (how
 * much it stole, how warm its caches were), which moves both alike: {@link #ofTwins} takes Student's t over
 * the twins' log ratios, so the host's drift between rounds drops out of the interval.
 *
 * @param logSd the forks' spread pooled over both sides, ignoring runs (for {@link Resolution})
 * @param logSe the standard error of the difference of the sides' mean log centres
 * @param df the degrees of freedom of the t behind the interval and the p-value
 * @param overRuns whether a side's runs, not its forks, set its share of {@code logSe}
 * @param twins whether the interval is over twins' ratios ({@link #ofTwins}) rather than two sides' forks
 */
public record ForkRatio(double ratio, double low, double high, double pValue, double logSd, double logSe, double df,
                        boolean overRuns, boolean twins) {
    public static final double CONFIDENCE = 0.95;

    /** Null with fewer than two forks a side, or a centre that is zero or negative (no ratio then). */
    public static ForkRatio of(double[] a, double[] b) {
        return ofRuns(new double[][] {a}, new double[][] {b});
    }

    /** As {@link #of}, each side's centres given run by run (one array per run folder). */
    public static ForkRatio ofRuns(double[][] a, double[][] b) {
        double[][] logA = logs(a);
        double[][] logB = logs(b);
        if (logA == null || logB == null) {
            return null;
        }
        SideMean sideA = SideMean.of(logA);
        SideMean sideB = SideMean.of(logB);
        double diff = sideB.mean() - sideA.mean();
        double varA = sideA.variance();
        double varB = sideB.variance();
        double se = Math.sqrt(varA + varB);
        double logSd = Math.sqrt(((sideA.forks() - 1) * sideA.spread() + (sideB.forks() - 1) * sideB.spread())
                / (sideA.forks() + sideB.forks() - 2));
        boolean overRuns = sideA.overRuns() || sideB.overRuns();
        if (se == 0) {
            // Every fork agrees exactly on both sides: the ratio is known, and a difference is certain.
            double ratio = Math.exp(diff);
            return new ForkRatio(ratio, ratio, ratio, diff == 0 ? 1.0 : 0.0, 0, 0, Double.POSITIVE_INFINITY, false, false);
        }
        double df = (varA + varB) * (varA + varB) / (varA * varA / sideA.df() + varB * varB / sideB.df());
        TDistribution t = TDistribution.of(df);
        double quantile = t.inverseSurvivalProbability((1 - CONFIDENCE) / 2);
        double p = Math.min(1, 2 * t.survivalProbability(Math.abs(diff) / se));
        return new ForkRatio(Math.exp(diff), Math.exp(diff - quantile * se), Math.exp(diff + quantile * se), p, logSd, se, df,
                overRuns, false);
    }

    /**
     * The effect from twins: {@code a[i]} and {@code b[i]} ran back to back. {@code logSd} is the spread one fork
     * would need to give the twins' differences their spread ({@code sd/√2}), so {@link Resolution} reads it as it
     * reads Welch's. Null with fewer than two pairs or a centre that is not positive.
     */
    public static ForkRatio ofTwins(double[] a, double[] b) {
        double[][] logA = logs(new double[][] {a});
        double[][] logB = logs(new double[][] {b});
        if (logA == null || logB == null || a.length != b.length) {
            return null;
        }
        int n = a.length;
        double[] diffs = new double[n];
        for (int i = 0; i < n; i++) {
            diffs[i] = logB[0][i] - logA[0][i];
        }
        double diff = Arrays.stream(diffs).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(diffs).map(d -> (d - diff) * (d - diff)).sum() / (n - 1));
        double se = sd / Math.sqrt(n);
        if (se == 0) {
            double ratio = Math.exp(diff);
            return new ForkRatio(ratio, ratio, ratio, diff == 0 ? 1.0 : 0.0, 0, 0, Double.POSITIVE_INFINITY, false, true);
        }
        TDistribution t = TDistribution.of(n - 1);
        double quantile = t.inverseSurvivalProbability((1 - CONFIDENCE) / 2);
        double p = Math.min(1, 2 * t.survivalProbability(Math.abs(diff) / se));
        return new ForkRatio(Math.exp(diff), Math.exp(diff - quantile * se), Math.exp(diff + quantile * se), p,
                sd / Math.sqrt(2), se, n - 1, false, true);
    }

    /** The logs by run, or null when a side has fewer than two forks or a centre that is not positive. */
    private static double[][] logs(double[][] runs) {
        if (Arrays.stream(runs).mapToInt(r -> r.length).sum() < 2
                || Arrays.stream(runs).flatMapToDouble(Arrays::stream).anyMatch(v -> !(v > 0))) {
            return null;
        }
        return Arrays.stream(runs).map(r -> Arrays.stream(r).map(Math::log).toArray()).toArray(double[][]::new);
    }
}
