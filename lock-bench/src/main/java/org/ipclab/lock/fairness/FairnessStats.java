package org.ipclab.lock.fairness;

/** How evenly a lock shared out its critical sections: min/max ratio and Jain's fairness index. */
final class FairnessStats {
    private FairnessStats() {
    }

    /** Smallest over largest per-thread count: 1 is perfectly even, 0 means a thread starved. */
    static double minMaxRatio(long[] counts) {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long c : counts) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        return max == 0 ? 0 : (double) min / max;
    }

    /** Jain's index (sum x)^2 / (n * sum x^2): 1 when all equal, 1/n when one thread got everything. */
    static double jainIndex(long[] counts) {
        double sum = 0;
        double squares = 0;
        for (long c : counts) {
            sum += c;
            squares += (double) c * c;
        }
        return squares == 0 ? 0 : sum * sum / (counts.length * squares);
    }
}
