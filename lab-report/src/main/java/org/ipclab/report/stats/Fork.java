package org.ipclab.report.stats;

/**
 * One fork (a fresh case JVM with fresh peers) as the statistics see it: its centre for one metric and
 * the within-fork values behind it (interval medians or iterations; may be empty).
 */
public record Fork(double centre, double[] samples) {
    public Fork {
        samples = samples.clone();
    }

    public static Fork of(double centre) {
        return new Fork(centre, new double[0]);
    }

    public static double[] centres(java.util.List<Fork> forks) {
        return forks.stream().mapToDouble(Fork::centre).toArray();
    }
}
