package org.ipclab.report.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ipclab.core.Median;

/**
 * Splits fork centres into clusters where the sorted centres jump by more than {@link #GAP} (×1.5).
 * Why this rule: forks of one mode scatter by a few percent (JVM layout, JIT, placement noise), so a
 * 50% jump between neighbours is many spreads wide and does not happen by chance within a mode; a
 * machine that puts the peer on a sibling core or another socket in some forks does produce it. A
 * median over two modes describes neither, so such a row gets the clusters instead of a verdict.
 * Two forks can already form two clusters: one fork 3× slower than the other is worth a look.
 */
public final class ForkClusters {
    /** Jump in natural-log centre that separates clusters: ln 1.5. */
    public static final double GAP = Math.log(1.5);

    private ForkClusters() {
    }

    /** One mode: its median centre and how many forks fall in it. */
    public record Cluster(double centre, int forks) {
    }

    /** Clusters from low to high; one cluster when there is no jump (or when a centre is not positive). */
    public static List<Cluster> of(double[] centres) {
        double[] s = centres.clone();
        Arrays.sort(s);
        List<Cluster> out = new ArrayList<>();
        if (s.length == 0) {
            return out;
        }
        if (s[0] <= 0) {
            out.add(new Cluster(Median.ofSorted(s), s.length));
            return out;
        }
        int start = 0;
        for (int i = 1; i <= s.length; i++) {
            if (i == s.length || Math.log(s[i]) - Math.log(s[i - 1]) > GAP) {
                out.add(new Cluster(Median.ofSorted(Arrays.copyOfRange(s, start, i)), i - start));
                start = i;
            }
        }
        return out;
    }
}
