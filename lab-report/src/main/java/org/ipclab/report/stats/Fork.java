package org.ipclab.report.stats;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One fork (a fresh case JVM with fresh peers) as the statistics see it: its centre for one metric, the
 * within-fork values behind it (interval medians or iterations; may be empty), which of its side's
 * run folders it came from (0 for the first), so forks of one run can be told from forks of another, and
 * what it shares with its twin on the other side of a two-sided run (null for a one-sided run).
 */
public record Fork(double centre, double[] samples, int run, String twin) {
    public Fork {
        samples = samples.clone();
    }

    public Fork(double centre, double[] samples, int run) {
        this(centre, samples, run, null);
    }

    public Fork(double centre, double[] samples) {
        this(centre, samples, 0);
    }

    public static Fork of(double centre) {
        return new Fork(centre, new double[0]);
    }

    public static double[] centres(List<Fork> forks) {
        return forks.stream().mapToDouble(Fork::centre).toArray();
    }

    /** The centres grouped by run, in run order; a run without a fork here has no group. */
    public static double[][] centresByRun(List<Fork> forks) {
        return forks.stream().collect(Collectors.groupingBy(Fork::run, TreeMap::new, Collectors.mapping(Fork::centre, Collectors.toList())))
                .values().stream().map(run -> run.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
    }
}
