package org.ipclab.report.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini-Hochberg adjusted p-values: with many rows compared at once, some would pass p < 0.05 by
 * chance alone; calling a row when its adjusted p < q keeps the expected share of false calls among
 * all calls at q. Step-up: p(i) * m / i, made monotone from the largest down, capped at 1.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /** NaN entries are not part of the family and stay NaN. */
    public static double[] adjust(double[] p) {
        int[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            adjusted[i] = running;
        }
        return adjusted;
    }
}
