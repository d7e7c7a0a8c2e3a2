package org.ipclab.report.compare;

import java.util.List;

/** Whether a comparison counts the forks the runner flagged as disturbed (steal, or other processes on the CPUs). */
public enum DisturbedForks {
    /**
     * Counted between the two sides of one two-sided run, left out elsewhere: a disturbed fork's twin mostly met
     * the same host (74-82% of a side's flagged forks had a flagged twin in three A/A runs), and twins compared
     * pair by pair share what the host did to both; a fork of a separate run met another hour's host.
     */
    TWINS_ONLY,
    COUNTED,
    LEFT_OUT;

    boolean counted(List<Side> sides) {
        return this == COUNTED || this == TWINS_ONLY && InterleavedSides.of(sides);
    }
}
