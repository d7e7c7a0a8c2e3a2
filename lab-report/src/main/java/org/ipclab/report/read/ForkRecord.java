package org.ipclab.report.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.ForkPlacement;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord;
import org.ipclab.core.schema.Unit;

/**
 * One fork of a case as run.json (schema 2) records it: where and how it ran, and per metric its centre
 * and the within-fork values behind it.
 *
 * @param twin what this fork shares with its twin, the same case's fork run back to back with it on the other
 *             side of a two-sided run: both sides' run ids and the round; null for a one-sided run
 */
public record ForkRecord(int fork, int round, RowStatus status, String placement, String requested, boolean disturbed,
                         Map<String, Metric> metrics, List<ProfileRecord> profiles, String twin) {
    /** Observed placements that say nothing about where the processes ran. */
    private static final List<String> UNKNOWN = List.of("", "unknown");

    /** A fork's figure for one metric: p50 for latency, throughput for rates, else the mean. */
    public record Metric(double centre, List<Double> samples) {
    }

    public boolean ok() {
        return status.ok();
    }

    public boolean failed() {
        return status.failed();
    }

    /** Whether the run pinned this fork's rig and peer (placement same or cross) rather than leave them to the OS. */
    public boolean pinned() {
        return !"os".equals(requested);
    }

    /** The observed placement, or null when the runner could not tell. */
    public String knownPlacement() {
        return UNKNOWN.contains(placement) ? null : placement;
    }

    static List<ForkRecord> of(List<RunRecord.ForkEntry> forks) {
        return of(forks, null, null);
    }

    /** @param interleavedWith the run the forks alternated with in one two-sided run, or null */
    static List<ForkRecord> of(List<RunRecord.ForkEntry> forks, String runId, String interleavedWith) {
        // Both twins name the pair of runs the same way, whichever side they are on.
        String pair = interleavedWith == null ? null
                : runId.compareTo(interleavedWith) < 0 ? runId + "+" + interleavedWith : interleavedWith + "+" + runId;
        List<ForkRecord> out = new ArrayList<>();
        for (RunRecord.ForkEntry f : forks) {
            Map<String, Metric> metrics = new LinkedHashMap<>();
            for (ResultRow row : f.rows()) {
                Double centre = centre(row);
                if (centre != null && row.metric() != null) {
                    metrics.put(row.metric(), new Metric(centre, row.samples()));
                }
            }
            ForkPlacement placement = f.placement();
            out.add(new ForkRecord(f.fork(), f.round(), f.status(),
                    placement.observed() == null ? "" : placement.observed(),
                    placement.requested() == null ? "os" : placement.requested(),
                    f.interference().wasDisturbed(), Map.copyOf(metrics), ProfileRecord.of(f.profiles()),
                    pair == null ? null : pair + " round " + f.round()));
        }
        return List.copyOf(out);
    }

    private static Double centre(ResultRow row) {
        // if/else, not ?: — a conditional mixing Long and Double unboxes both, and a null then throws.
        Number value;
        if (row.unit() == Unit.NS) {
            value = row.p50();
        } else if (row.unit().rate()) {
            value = row.throughput();
        } else {
            value = row.mean();
        }
        return value == null ? null : value.doubleValue();
    }
}
