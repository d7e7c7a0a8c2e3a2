package org.ipclab.report.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * The effect B/A of two sides' forks: the ratio of the geometric means of their fork centres, its 95%
 * interval and a two-sided p-value, from Welch's t on the logs of the centres (commons-statistics).
 *
 * <p>Why this and not a bootstrap: a run has a handful of forks per case, and a bootstrap over three
 * forks can only reshuffle those three, so its interval is far too narrow (it treats the spread of three
 * values as known). Student's t carries the cost of estimating that spread from few forks, exactly when
 * fork effects are log-normal. Both levels are respected: each fork's centre already holds that fork's
 * interval-to-interval noise, so the spread of the centres is fork-to-fork plus within-fork variance.
 * {@code logSd} is that spread, pooled over both sides (for {@link Resolution}).
 */
public record ForkRatio(double ratio, double low, double high, double pValue, double logSd) {
    public static final double CONFIDENCE = 0.95;

    /** Null with fewer than two forks a side, or a centre that is zero or negative (no ratio then). */
    public static ForkRatio of(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2 || Arrays.stream(a).anyMatch(v -> !(v > 0)) || Arrays.stream(b).anyMatch(v -> !(v > 0))) {
            return null;
        }
        double[] logA = Arrays.stream(a).map(Math::log).toArray();
        double[] logB = Arrays.stream(b).map(Math::log).toArray();
        double diff = mean(logB) - mean(logA);
        double spreadA = variance(logA);
        double spreadB = variance(logB);
        double varA = spreadA / a.length;
        double varB = spreadB / b.length;
        double se = Math.sqrt(varA + varB);
        double logSd = Math.sqrt(((a.length - 1) * spreadA + (b.length - 1) * spreadB) / (a.length + b.length - 2));
        if (se == 0) {
            // Every fork agrees exactly on both sides: the ratio is known, and a difference is certain.
            return new ForkRatio(Math.exp(diff), Math.exp(diff), Math.exp(diff), diff == 0 ? 1.0 : 0.0, 0);
        }
        double df = (varA + varB) * (varA + varB)
                / (varA * varA / (a.length - 1) + varB * varB / (b.length - 1));
        double t = TDistribution.of(df).inverseSurvivalProbability((1 - CONFIDENCE) / 2);
        double p = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(logA, logB).getPValue();
        return new ForkRatio(Math.exp(diff), Math.exp(diff - t * se), Math.exp(diff + t * se), p, logSd);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double variance(double[] values) {
        double mean = mean(values);
        return Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1);
    }
}
