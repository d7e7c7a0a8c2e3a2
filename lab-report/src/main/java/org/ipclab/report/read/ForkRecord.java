package org.ipclab.report.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fork of a case as run.json (schema 2) records it: where and how it ran, and per metric its centre
 * and the within-fork values behind it.
 */
public record ForkRecord(int fork, int round, String status, String placement, String requested, boolean disturbed,
                         Map<String, Metric> metrics, List<ProfileRecord> profiles) {
    /** Observed placements that say nothing about where the processes ran. */
    private static final List<String> UNKNOWN = List.of("", "unknown");

    /** A fork's figure for one metric: p50 for latency, throughput for rates, else the mean. */
    public record Metric(double centre, List<Double> samples) {
    }

    public boolean ok() {
        return "ok".equals(status);
    }

    public boolean failed() {
        return status.startsWith("failed");
    }

    /** Whether the run pinned this fork's rig and peer (placement same or cross) rather than leave them to the OS. */
    public boolean pinned() {
        return !"os".equals(requested);
    }

    /** The observed placement, or null when the runner could not tell. */
    public String knownPlacement() {
        return UNKNOWN.contains(placement) ? null : placement;
    }

    static List<ForkRecord> read(Path file, String where, JsonNode forks) {
        List<ForkRecord> out = new ArrayList<>();
        int i = 0;
        for (JsonNode f : forks) {
            String at = where + ".forks[" + i++ + "]";
            if (!f.path("fork").canConvertToInt() || !f.path("status").isTextual()) {
                throw new ResultFolderException(file, at + " lacks 'fork' or 'status'");
            }
            Map<String, Metric> metrics = new LinkedHashMap<>();
            for (JsonNode row : f.path("rows")) {
                Double centre = centre(row);
                if (centre != null && row.path("metric").isTextual()) {
                    metrics.put(row.path("metric").asText(), new Metric(centre, samples(file, at, row)));
                }
            }
            out.add(new ForkRecord(f.path("fork").asInt(), f.path("round").asInt(0), f.path("status").asText(),
                    f.path("placement").path("observed").asText(""), f.path("placement").path("requested").asText("os"),
                    f.path("interference").path("disturbed").asBoolean(false),
                    Map.copyOf(metrics), ProfileRecord.read(f.path("profiles"))));
        }
        return List.copyOf(out);
    }

    private static Double centre(JsonNode row) {
        String unit = row.path("unit").asText("");
        JsonNode value = "ns".equals(unit) ? row.path("p50") : unit.endsWith("/s") ? row.path("throughput") : row.path("mean");
        return value.isNumber() ? value.asDouble() : null;
    }

    private static List<Double> samples(Path file, String at, JsonNode row) {
        List<Double> out = new ArrayList<>();
        for (JsonNode s : row.path("samples")) {
            if (!s.isNumber()) {
                throw new ResultFolderException(file, at + ".rows.samples holds a non-number: " + s);
            }
            out.add(s.asDouble());
        }
        return List.copyOf(out);
    }
}
