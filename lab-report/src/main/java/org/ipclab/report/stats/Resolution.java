package org.ipclab.report.stats;

import java.util.OptionalInt;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * How small a change a comparison can call, given how much its forks scatter: the smallest true change
 * that the verdict rule (whole 95% interval outside the ±threshold band) calls {@value #POWER_PCT}% of
 * the time, and how many forks a side would bring a given change to that. Why: an "inconclusive" row
 * says nothing about whether more forks would help; this says how far they would have to go, so a user
 * can tell a noisy machine from a small change before spending an hour on it.
 *
 * <p>The change is the distance in log terms from no change: the band's edge plus (t₀.₉₇₅ + z₀.₈) standard
 * errors of the difference of the two sides' mean log centre (the usual normal-approximation power bound,
 * with Student's t for the estimated spread). The false-discovery adjustment is left out, so when few
 * rows change the bound is a little optimistic; {@code ForkVerdictSimulationTest} checks it on simulated
 * two-level data.
 */
public final class Resolution {
    public static final int POWER_PCT = 80;
    private static final double Z_POWER = NormalDistribution.of(0, 1).inverseCumulativeProbability(POWER_PCT / 100.0);
    private static final double Z_CONFIDENCE = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - ForkRatio.CONFIDENCE) / 2);
    private static final int MAX_FORKS = 10_000;

    private Resolution() {
    }

    /**
     * The smallest change, in percent (a rise by that much, or a fall by the matching factor), that forks
     * this scattered would call {@value #POWER_PCT}% of the time.
     *
     * @param logSd the forks' spread: standard deviation of the natural log of their centres
     */
    public static double smallestPct(double logSd, int forksA, int forksB, double thresholdPct) {
        return smallestPct(logSd * Math.sqrt(1.0 / forksA + 1.0 / forksB), forksA + forksB - 2, thresholdPct);
    }

    /**
     * The same from an interval's own standard error and degrees of freedom: for sides whose runs differ
     * beyond their forks ({@link ForkRatio#overRuns()}), where more forks would not narrow it, more runs would.
     */
    public static double smallestPct(double logSe, double df, double thresholdPct) {
        double quantile = TDistribution.of(df).inverseSurvivalProbability((1 - ForkRatio.CONFIDENCE) / 2);
        return (Math.exp(Math.log1p(thresholdPct / 100) + (quantile + Z_POWER) * logSe) - 1) * 100;
    }

    /**
     * Forks a side that call a change of {@code changePct} {@value #POWER_PCT}% of the time at this spread
     * (at least two); empty when the change lies inside the band (never called) or would need more than
     * {@value #MAX_FORKS}.
     */
    public static OptionalInt forksPerSide(double logSd, double changePct, double thresholdPct) {
        if (changePct <= thresholdPct) {
            return OptionalInt.empty();
        }
        // With the spread known (z for t) no fewer forks could do; t > z, so none below this does either.
        double room = Math.log1p(changePct / 100) - Math.log1p(thresholdPct / 100);
        double zBound = 2 * Math.pow((Z_CONFIDENCE + Z_POWER) * logSd / room, 2);
        for (int n = (int) Math.max(2, Math.min(zBound, MAX_FORKS + 1)); n <= MAX_FORKS; n++) {
            if (smallestPct(logSd, n, n, thresholdPct) <= changePct) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }
}
