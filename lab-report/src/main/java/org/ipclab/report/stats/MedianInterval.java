package org.ipclab.report.stats;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * A distribution-free 95% confidence interval for the median from order statistics: the k-th smallest
 * and k-th largest sample, with k chosen from Binomial(n, 1/2) so that the interval covers the true
 * median with at least 95% probability. It needs no assumption about the shape (latency is skewed).
 */
public record MedianInterval(double low, double high) {
    /** Below six samples even the full range covers the median with less than 95% probability. */
    public static final int MIN_SAMPLES = 6;
    private static final double ALPHA = 0.05;

    public static Optional<MedianInterval> of(List<Double> samples) {
        int n = samples.size();
        if (n < MIN_SAMPLES) {
            return Optional.empty();
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        BinomialDistribution binomial = new BinomialDistribution(null, n, 0.5);
        // Largest k with P(X < k) <= alpha/2: [x(k), x(n-k+1)] (1-based) then has coverage >= 1 - alpha.
        int k = 1;
        while (k + 1 <= n / 2 && binomial.cumulativeProbability(k) <= ALPHA / 2) {
            k++;
        }
        return Optional.of(new MedianInterval(sorted[k - 1], sorted[n - k]));
    }

    public static double median(List<Double> samples) {
        double[] s = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
