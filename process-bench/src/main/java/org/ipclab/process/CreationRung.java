package org.ipclab.process;

import java.util.Locale;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;

/**
 * The ladder of ways to run a piece of work, cheapest to dearest. A case that measures one rung
 * leaves three facts (rung number, name, p50 in ns) so the end-of-run view can line them up and
 * divide neighbours without knowing each case's metric names.
 */
public enum CreationRung {
    VIRTUAL_THREAD, PLATFORM_THREAD, POOLED_TASK, POOLED_PROCESS, NEW_PROCESS, NEW_JVM;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Adds {@code creationRung}, {@code creationName} and {@code creationP50Ns} when the row has numbers. */
    public void addFacts(CaseResult result, ResultRow row) {
        if (row.ok() && row.p50() != null) {
            addFacts(result, row.metric(), row.p50());
        }
    }

    /** For a cost derived from a row rather than read off it; {@code metric} says how it was derived. */
    public void addFacts(CaseResult result, String metric, long p50Ns) {
        result.fact("creationRung", ordinal() + 1);
        result.fact("creationName", label());
        result.fact("creationMetric", metric);
        result.fact("creationP50Ns", p50Ns);
    }
}
