package org.ipclab.core.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipclab.core.schema.RowStatus;

/**
 * What one profiler gave for one fork, as run.json keeps it under the fork's {@code profiles}: {@code ok}
 * with its files (relative to the run folder) and figures, or {@code skipped:<reason>} with the tool's
 * own words in {@code detail}. A skipped profiler never fails the fork: the measurement stands.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class ProfileOutcome implements Serializable {
    private static final long serialVersionUID = 1L;
    public String profiler;
    public String status;
    public List<String> files = new ArrayList<>();
    /** Why it was skipped, or a note on how it ran (e.g. the sampling event async-profiler fell back to). */
    public String detail;
    /** Figures the profiler measured, e.g. GC counts and times, or JMH's gc.* secondary results. */
    public Map<String, Object> figures = new LinkedHashMap<>();

    public ProfileOutcome() {
    }

    private ProfileOutcome(Profiler profiler, String status, String detail) {
        this.profiler = profiler.label();
        this.status = status;
        this.detail = detail;
    }

    public static ProfileOutcome ok(Profiler profiler, List<String> files) {
        ProfileOutcome outcome = new ProfileOutcome(profiler, RowStatus.OK.toString(), null);
        outcome.files.addAll(files);
        return outcome;
    }

    /** @param reason one plain word ({@code [a-z0-9.+-]}), e.g. {@code no-perf-events} */
    public static ProfileOutcome skipped(Profiler profiler, String reason, String detail) {
        return new ProfileOutcome(profiler, RowStatus.skipped(reason).toString(), detail);
    }

    public ProfileOutcome detail(String text) {
        this.detail = text;
        return this;
    }

    public ProfileOutcome figure(String name, Object value) {
        figures.put(name, value);
        return this;
    }

    public boolean ok() {
        return RowStatus.OK.toString().equals(status);
    }
}
