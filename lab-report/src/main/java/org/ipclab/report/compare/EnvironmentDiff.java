package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipclab.report.read.RunFolder;
import org.ipclab.report.stats.MedianInterval;

/**
 * The runs' environments side by side, and the warnings a reader needs before trusting a difference:
 * runs that differ in more than one controlled dimension at once, and runs that looked noisy.
 */
public record EnvironmentDiff(List<String> labels, Map<String, List<String>> values, List<String> differing,
                              List<String> warnings, String commonFlags) {
    static final String FLAGS = "flags";

    /** A run whose median 95% interval is wider than this share of the median is called noisy. */
    static final double NOISY_INTERVAL = 0.10;
    /** A calibration floor whose p99 is this many times its p50 says the machine was disturbed. */
    static final double NOISY_FLOOR_TAIL = 3.0;

    static EnvironmentDiff of(List<RunFolder> runs, List<String> labels, List<PairedRow> rows) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("run", runs.stream().map(RunFolder::runId).toList());
        for (RunFolder run : runs) {
            run.environment().described().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()));
        }
        values.forEach((k, list) -> {
            if (!k.equals("run")) {
                runs.forEach(run -> list.add(run.environment().described().getOrDefault(k, "?")));
            }
        });
        String commonFlags = shortenFlags(values);
        List<String> differing = values.entrySet().stream().filter(e -> !e.getKey().equals("run"))
                .filter(e -> e.getValue().stream().distinct().count() > 1).map(Map.Entry::getKey).toList();
        List<String> warnings = new ArrayList<>();
        Map<String, String> base = runs.get(0).environment().controlled();
        for (int r = 1; r < runs.size(); r++) {
            Map<String, String> other = runs.get(r).environment().controlled();
            List<String> changed = base.keySet().stream().filter(k -> !Objects.equals(base.get(k), other.get(k))).toList();
            if (changed.size() > 1) {
                warnings.add("run " + labels.get(r) + " differs from " + labels.get(0) + " in " + changed.size()
                        + " things at once (" + String.join(", ", changed) + "): a change cannot be pinned on one of them");
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            noise(runs.get(r), labels.get(r), rows, warnings);
        }
        return new EnvironmentDiff(labels, values, differing, List.copyOf(warnings), commonFlags);
    }

    /**
     * JVM flags run to hundreds of characters and are mostly shared: the table keeps each run's own
     * flags, and the ones every run shares are returned to be printed once.
     */
    private static String shortenFlags(Map<String, List<String>> values) {
        List<String> perRun = values.get(FLAGS);
        if (perRun == null || perRun.size() < 2) {
            return "";
        }
        List<List<String>> split = perRun.stream().map(f -> List.of(f.split(" "))).toList();
        List<String> common = split.get(0).stream().filter(f -> split.stream().allMatch(l -> l.contains(f))).toList();
        if (common.isEmpty()) {
            return "";
        }
        values.put(FLAGS, split.stream().map(l -> {
            List<String> own = l.stream().filter(f -> !common.contains(f)).toList();
            return own.isEmpty() ? "(common only)" : "common + " + String.join(" ", own);
        }).toList());
        return String.join(" ", common);
    }

    private static void noise(RunFolder run, String label, List<PairedRow> rows, List<String> warnings) {
        List<Double> widths = rows.stream().filter(p -> p.run().equals(label) && p.ciLow() != null && p.p50() != null
                && p.p50() != 0).map(p -> (p.ciHigh() - p.ciLow()) / Math.abs(p.p50())).toList();
        double typical = MedianInterval.median(widths);
        if (!widths.isEmpty() && typical > NOISY_INTERVAL) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "run %s looks noisy: its typical 95%% interval is %.0f%% of the median", label, typical * 100));
        }
        var p50 = run.environment().floorRttP50Ns();
        var p99 = run.environment().floorRttP99Ns();
        if (p50.isPresent() && p99.isPresent() && p99.getAsDouble() > NOISY_FLOOR_TAIL * p50.getAsDouble()) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "run %s looks noisy: its calibration floor p99 is %.1f× its p50", label, p99.getAsDouble() / p50.getAsDouble()));
        }
        var load = run.environment().number("loadAverage");
        var cpus = run.environment().number("logicalCpus");
        if (load.isPresent() && cpus.isPresent() && load.getAsDouble() > cpus.getAsDouble() / 2) {
            warnings.add("run " + label + " started on a loaded machine (load average " + load.getAsDouble() + ")");
        }
    }
}
