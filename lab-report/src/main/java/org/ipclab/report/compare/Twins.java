package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.FDistribution;
import org.ipclab.report.stats.Fork;

/**
 * The forks of two sides matched twin by twin ({@link Fork#twin}): a case's forks that ran back to back, one on
 * each side of a two-sided run. A fork whose twin is not among the other side's (left out as disturbed, failed,
 * or placed differently) is left out too. Twins are compared pair by pair when the rounds moved them together
 * ({@link #roundsMatter}), else as the unpaired forks they also are.
 *
 * @param keys what each pair of twins shares, in the order of {@code a} and {@code b}
 * @param a    the centres of side A's twins
 * @param b    the centres of side B's twins
 */
record Twins(List<String> keys, double[] a, double[] b) {
    /**
     * The rounds count as blocks only when they moved the twins together beyond what the twins' differences allow
     * at this level: pairing costs half the degrees of freedom, which a calm host does not pay back. In
     * {@code ForkVerdictSimulationTest} (4 twins, 10% change), on a host that does not drift, always pairing
     * detected 78.5% of quiet rows and 21% of typical ones against 88% and 33.5% unpaired; with this test first,
     * 90.5% and 43.5%. With a 6% drift between rounds it detects 78% and 17% where unpaired forks find 3.5% and 1.5%.
     */
    static final double ROUNDS_PRETEST_ALPHA = 0.25;

    /**
     * Null unless every fork on both sides comes from a two-sided run (one-sided forks have no twin to match) and
     * some have their twin on the other side.
     */
    static Twins of(List<Fork> a, List<Fork> b) {
        if (a.isEmpty() || b.isEmpty() || !a.stream().allMatch(f -> f.twin() != null) || !b.stream().allMatch(f -> f.twin() != null)) {
            return null;
        }
        Map<String, Fork> byTwin = b.stream().collect(Collectors.toMap(Fork::twin, Function.identity(), (x, y) -> x));
        List<String> keys = new ArrayList<>();
        List<Double> centresA = new ArrayList<>();
        List<Double> centresB = new ArrayList<>();
        for (Fork f : a) {
            Fork twin = byTwin.get(f.twin());
            if (twin != null && !keys.contains(f.twin())) {
                keys.add(f.twin());
                centresA.add(f.centre());
                centresB.add(twin.centre());
            }
        }
        if (keys.isEmpty()) {
            return null; // forks of two different two-sided runs: no twins between them
        }
        return new Twins(List.copyOf(keys), centresA.stream().mapToDouble(Double::doubleValue).toArray(),
                centresB.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Whether the rounds moved both twins alike beyond chance: the F test of rounds as blocks in a two-way layout
     * without replication, {@code F = 4 var(pair means) / var(differences)} on the logs, with n - 1 and n - 1
     * degrees of freedom.
     */
    boolean roundsMatter() {
        int n = size();
        double[] means = new double[n];
        double[] diffs = new double[n];
        for (int i = 0; i < n; i++) {
            means[i] = (Math.log(a[i]) + Math.log(b[i])) / 2;
            diffs[i] = Math.log(b[i]) - Math.log(a[i]);
        }
        double spreadOfDiffs = variance(diffs);
        if (spreadOfDiffs == 0) {
            return true;
        }
        double f = 4 * variance(means) / spreadOfDiffs;
        return FDistribution.of(n - 1, n - 1).survivalProbability(f) < ROUNDS_PRETEST_ALPHA;
    }

    private static double variance(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1);
    }

    /** Each pair's B/A. */
    double[] ratios() {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = b[i] / a[i];
        }
        return out;
    }

    int size() {
        return keys.size();
    }

    Set<String> keySet() {
        return Set.copyOf(keys);
    }
}
