package org.ipclab.report.stats;

import java.util.Arrays;
import java.util.List;

/** The median, the lab's one notion of a centre (latency is skewed, so never the mean). */
public final class Median {
    private Median() {
    }

    public static double of(List<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static double of(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return ofSorted(s);
    }

    /** NaN when empty. */
    static double ofSorted(double[] s) {
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
