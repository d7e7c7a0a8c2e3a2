package org.ipclab.report.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Rows' log changes pooled into one, each weighted by how precisely its forks measured it: a random-effects
 * mean (DerSimonian-Laird's between-row variance τ²) with the Hartung-Knapp interval, t on rows − 1
 * degrees of freedom, never narrower than the weights alone allow.
 *
 * <p>Why: a module's rows differ tenfold in precision on a small VM (a pipe's round trip resolves ±15%, a
 * shared cache line's ±55%), and an unweighted mean lets the noisiest rows move the module's figure most:
 * two runs of one commit moved a ten-row module by 6-8%. Rows that agree (as without a change) get weights
 * by their precision; rows that disagree beyond their precision (a change that hits some rows only) get a
 * large τ², and the weights tend to equal ones, the plain geometric mean's.
 *
 * @param mean the pooled log change
 * @param low the interval's lower end, or NaN with one row
 * @param high its upper end, or NaN with one row
 * @param weighted whether the rows were weighted (every row's standard error known and above zero)
 */
public record RandomEffects(double mean, double low, double high, boolean weighted) {

    /**
     * @param logs each row's log change
     * @param ses each row's standard error of it; rows count alike when one is unknown or zero (no weight
     *     could be right for a row whose forks agreed exactly)
     */
    public static RandomEffects of(double[] logs, double[] ses) {
        int k = logs.length;
        if (k == 1) {
            return new RandomEffects(logs[0], Double.NaN, Double.NaN, false);
        }
        double[] variances = new double[k];
        boolean known = true;
        for (int i = 0; i < k; i++) {
            variances[i] = ses[i] * ses[i];
            known &= variances[i] > 0 && Double.isFinite(variances[i]);
        }
        double[] weights = known ? weights(variances, betweenRows(logs, variances)) : equal(k);
        double sum = Arrays.stream(weights).sum();
        double mean = weightedMean(logs, weights);
        double spread = weightedSquares(logs, weights, mean);
        // Hartung-Knapp: the weighted spread of the rows about the mean, kept at least the weights' own variance.
        double variance = spread / ((k - 1) * sum);
        if (known) {
            variance = Math.max(variance, 1 / sum);
        }
        double half = TDistribution.of(k - 1).inverseSurvivalProbability((1 - ForkRatio.CONFIDENCE) / 2) * Math.sqrt(variance);
        return new RandomEffects(mean, mean - half, mean + half, known);
    }

    /** DerSimonian-Laird's τ²: how much the rows' changes differ beyond their own standard errors. */
    static double betweenRows(double[] logs, double[] variances) {
        double[] fixed = weights(variances, 0);
        double sum = Arrays.stream(fixed).sum();
        double sumSquares = Arrays.stream(fixed).map(w -> w * w).sum();
        double q = weightedSquares(logs, fixed, weightedMean(logs, fixed));
        return Math.max(0, (q - (logs.length - 1)) / (sum - sumSquares / sum));
    }

    private static double weightedMean(double[] logs, double[] weights) {
        double total = 0;
        for (int i = 0; i < logs.length; i++) {
            total += weights[i] * logs[i];
        }
        return total / Arrays.stream(weights).sum();
    }

    /** Σ wᵢ (yᵢ − mean)²: Cochran's Q with fixed weights, the Hartung-Knapp spread with random-effects ones. */
    private static double weightedSquares(double[] logs, double[] weights, double mean) {
        double squares = 0;
        for (int i = 0; i < logs.length; i++) {
            squares += weights[i] * (logs[i] - mean) * (logs[i] - mean);
        }
        return squares;
    }

    private static double[] weights(double[] variances, double tau2) {
        double[] weights = new double[variances.length];
        for (int i = 0; i < variances.length; i++) {
            weights[i] = 1 / (variances[i] + tau2);
        }
        return weights;
    }

    private static double[] equal(int k) {
        double[] weights = new double[k];
        Arrays.fill(weights, 1);
        return weights;
    }
}
