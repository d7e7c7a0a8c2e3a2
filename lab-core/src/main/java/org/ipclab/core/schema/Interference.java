package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What else used the machine while a fork ran (run.json's {@code forks[].interference}); all null when the
 * machine's counters could not be read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Interference(Double stealPct, Double otherCpuPct, Long involuntarySwitches, Boolean disturbed) {
    public static final Interference UNKNOWN = new Interference(null, null, null, null);

    public boolean wasDisturbed() {
        return Boolean.TRUE.equals(disturbed);
    }
}
