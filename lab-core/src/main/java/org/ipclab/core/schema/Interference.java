package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What else used the machine while a fork ran (run.json's {@code forks[].interference}); all null when the
 * machine's counters could not be read.
 *
 * @param disturbed the rule of the day the fork ran: older runs flagged steal from 5%
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Interference(Double stealPct, Double otherCpuPct, Long involuntarySwitches, Boolean disturbed) {
    public static final Interference UNKNOWN = new Interference(null, null, null, null);
    /**
     * Steal or other processes' CPU above these (percent of the machine) disturb a fork. Steal from 1%: in a
     * full run on a 2-vCPU VM, forks with 1-5% stolen measured their rows slower than the same rows' forks
     * with under 1% by 6-15% (lock), 28-31% (queue) and 8-12% (process) at the median, as much as those above 5%.
     */
    static final double DISTURBED_STEAL_PCT = 1;
    static final double DISTURBED_OTHER_PCT = 15;

    /** A fork's interference as measured, flagged by today's rule. */
    public static Interference of(double stealPct, double otherCpuPct, long involuntarySwitches) {
        return new Interference(stealPct, otherCpuPct, involuntarySwitches, disturbed(stealPct, otherCpuPct));
    }

    /** Whether a fork with this much stolen and used by other processes (percent of the machine) was disturbed. */
    static boolean disturbed(double stealPct, double otherCpuPct) {
        return stealPct > DISTURBED_STEAL_PCT || otherCpuPct > DISTURBED_OTHER_PCT;
    }

    /**
     * By today's rule wherever the fork's figures were kept, so two runs filed under different rules are judged
     * alike (a run flagged at 5% would otherwise keep forks with 1-5% stolen that a newer run leaves out); as
     * flagged where they were not.
     */
    public boolean wasDisturbed() {
        if (stealPct != null && otherCpuPct != null) {
            return disturbed(stealPct, otherCpuPct);
        }
        return Boolean.TRUE.equals(disturbed);
    }
}
