package org.ipclab.core;

import java.util.Arrays;
import java.util.List;

/** The median, the lab's one notion of a centre (latency is skewed, so never the mean). */
public final class Median {
    private Median() {
    }

    public static double of(List<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The median of the values that are there (nulls skipped), or null when none is. */
    public static Double ofPresent(List<Double> values) {
        List<Double> present = values.stream().filter(v -> v != null).toList();
        return present.isEmpty() ? null : of(present);
    }

    /** NaN when empty; the values are left as they are. */
    public static double of(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return ofSorted(s);
    }

    /** NaN when empty. */
    public static double ofSorted(double[] s) {
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
