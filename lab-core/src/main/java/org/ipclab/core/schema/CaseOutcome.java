package org.ipclab.core.schema;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ipclab.core.ResultRow;
import org.ipclab.core.profile.ProfileOutcome;

/**
 * What a case JVM reports in its result file, read by the runner, which files it as a fork of run.json
 * ({@link RunRecord.ForkEntry}) with what only the runner knows: the fork, its round, time and placement.
 *
 * @param floorRttNs a cache-line round trip between the rig and its peer just before the case, where measured
 */
public record CaseOutcome(List<ResultRow> rows, List<String> warnings, Map<String, Object> facts, List<String> files,
                          List<SteadyFacts> steady, Double floorRttNs, List<ProfileOutcome> profiles)
        implements Serializable {
    public CaseOutcome {
        rows = RunRecord.listOf(rows);
        warnings = RunRecord.listOf(warnings);
        facts = RunRecord.mapOf(facts);
        files = RunRecord.listOf(files);
        steady = RunRecord.listOf(steady);
        profiles = RunRecord.listOf(profiles);
    }

    /** A case JVM that left no result: one failed row and what to say of it. */
    public static CaseOutcome failed(ResultRow row, String warning) {
        return new CaseOutcome(List.of(row), List.of(warning), null, null, null, null, null);
    }
}
