package org.ipclab.process;

/** How many warm-up operations are discarded and how many are measured. */
public record Counts(int warmup, int measured) {

    public Counts {
        if (warmup < 0 || measured < 1) {
            throw new IllegalArgumentException("warm-up " + warmup + " and measured " + measured
                    + " must be >= 0 and >= 1");
        }
    }

    public int total() {
        return warmup + measured;
    }
}
