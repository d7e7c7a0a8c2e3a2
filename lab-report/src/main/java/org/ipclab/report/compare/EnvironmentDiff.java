package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipclab.core.Median;
import org.ipclab.core.run.Format;
import org.ipclab.core.schema.RunStatus;
import org.ipclab.report.read.Environment;
import org.ipclab.report.read.RunFolder;

/**
 * The runs' environments side by side, and the warnings a reader needs before trusting a difference:
 * runs that differ in more than one controlled dimension at once, and runs that looked noisy ({@link Comparison}
 * adds the modules that moved as a whole with one run on a side, {@link WholeRunShift}).
 */
public record EnvironmentDiff(List<String> labels, Map<String, List<String>> values, List<String> differing,
                              List<String> warnings, Map<String, String> common) {
    static final String FLAGS = "flags";
    static final String LIBRARIES = "libraries";
    /** Rows of space-separated items, mostly shared: each run's cell keeps its own items, the shared ones go to {@link #common}. */
    private static final List<String> ITEM_ROWS = List.of(FLAGS, LIBRARIES);

    /** A side whose forks typically spread (max - min) over more than this share of their centre is called noisy. */
    static final double NOISY_FORK_SPREAD = 0.15;
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
        Map<String, String> common = new LinkedHashMap<>();
        for (String row : ITEM_ROWS) {
            String shared = shortenItems(values, row);
            if (!shared.isEmpty()) {
                common.put(row, shared);
            }
        }
        List<String> differing = values.entrySet().stream().filter(e -> !e.getKey().equals("run"))
                .filter(e -> e.getValue().stream().distinct().count() > 1).map(Map.Entry::getKey).toList();
        List<String> warnings = new ArrayList<>();
        Map<String, String> base = runs.get(0).environment().controlled();
        for (int r = 1; r < runs.size(); r++) {
            Map<String, String> other = runs.get(r).environment().controlled();
            // A dimension one of the runs did not record (an older run.json) is unknown, not a known change.
            List<String> changed = base.keySet().stream().filter(k -> !Objects.equals(base.get(k), other.get(k)))
                    .filter(k -> !Environment.UNKNOWN.equals(base.get(k)) && !Environment.UNKNOWN.equals(other.get(k))).toList();
            if (changed.size() > 1) {
                warnings.add("run " + labels.get(r) + " differs from " + labels.get(0) + " in " + changed.size()
                        + " things at once (" + String.join(", ", changed) + "): a change cannot be pinned on one of them");
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            unfinished(runs.get(r), labels.get(r), warnings);
            noise(runs.get(r), labels.get(r), rows, warnings);
        }
        return new EnvironmentDiff(labels, values, differing, List.copyOf(warnings),
                java.util.Collections.unmodifiableMap(common));
    }

    /** The same environments with more warnings after these. */
    EnvironmentDiff withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new EnvironmentDiff(labels, values, differing, List.copyOf(all), common);
    }

    /** The JVM flags every run shared, or "" when none. */
    public String commonFlags() {
        return common.getOrDefault(FLAGS, "");
    }

    /** The library versions every run shared, or "" when none. */
    public String commonLibraries() {
        return common.getOrDefault(LIBRARIES, "");
    }

    /** What a row of {@link #common} holds, to start a sentence: "JVM flags", "Libraries". */
    public static String itemsName(String row) {
        return row.equals(FLAGS) ? "JVM flags" : Character.toUpperCase(row.charAt(0)) + row.substring(1);
    }

    /**
     * JVM flags and library lists run to hundreds of characters and are mostly shared: the table keeps
     * each run's own items, and the ones every run shares are returned to be printed once.
     */
    private static String shortenItems(Map<String, List<String>> values, String row) {
        List<String> perRun = values.get(row);
        if (perRun == null || perRun.size() < 2) {
            return "";
        }
        List<List<String>> split = perRun.stream().map(f -> List.of(f.split(" "))).toList();
        List<String> common = split.get(0).stream().filter(f -> !f.equals(Environment.UNKNOWN))
                .filter(f -> split.stream().allMatch(l -> l.contains(f))).toList();
        if (common.isEmpty()) {
            return "";
        }
        values.put(row, split.stream().map(l -> {
            List<String> own = l.stream().filter(f -> !common.contains(f)).toList();
            return own.isEmpty() ? "(common only)" : "common + " + String.join(" ", own);
        }).toList());
        return String.join(" ", common);
    }

    private static double spread(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    /**
     * A run cut short (interrupted, abandoned by a runner that died, or still running) lacks the cases it
     * never finished: without a word, their missing rows would read as cases it never meant to run.
     */
    private static void unfinished(RunFolder run, String label, List<String> warnings) {
        String status = run.info().status();
        if (!RunStatus.COMPLETE.word().equals(status)) {
            warnings.add("run " + label + " did not finish (status " + status + "): the cases it never finished have no rows here");
        }
    }

    private static void noise(RunFolder run, String label, List<PairedRow> rows, List<String> warnings) {
        List<Double> spreads = rows.stream().filter(p -> p.run().equals(label) && p.forkCentres().size() >= 2
                && p.centre() != null && p.centre() != 0).map(p -> spread(p.forkCentres()) / Math.abs(p.centre())).toList();
        double typical = spreads.isEmpty() ? 0 : Median.of(spreads);
        if (typical > NOISY_FORK_SPREAD) {
            warnings.add("run " + label + " looks noisy: its forks typically spread over " + Format.wholePercent(typical * 100)
                    + " of their centre");
        }
        var p50 = run.environment().floorRttP50Ns();
        var p99 = run.environment().floorRttP99Ns();
        if (p50.isPresent() && p99.isPresent() && p99.getAsDouble() > NOISY_FLOOR_TAIL * p50.getAsDouble()) {
            warnings.add("run " + label + " looks noisy: its calibration floor p99 is "
                    + Format.multipleInText(p99.getAsDouble() / p50.getAsDouble()) + " its p50");
        }
        var load = run.environment().loadAverage();
        var cpus = run.environment().logicalCpus();
        if (load.isPresent() && cpus.isPresent() && load.getAsDouble() > cpus.getAsDouble() / 2) {
            warnings.add("run " + label + " started on a loaded machine (load average " + load.getAsDouble() + ")");
        }
    }
}
