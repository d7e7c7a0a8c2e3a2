package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ipclab.report.read.MeasuredRow;

/**
 * The rows of one case and unit (every run, every metric) that share a chart, and what among their
 * parameters is constant (named once in the title) or varies (names the bars and lines).
 */
record RowGroup(String module, String caseName, String unit, List<Entry> entries) {
    private static final List<String> SWEEP_PREFERENCE = List.of("rate", "threads", "size", "load");

    /** One row of one run, with its parameters parsed. */
    record Entry(RunRows run, MeasuredRow row, Map<String, String> params) {
        String metric() {
            return row.row().metric();
        }
    }

    boolean latency() {
        return "ns".equals(unit);
    }

    List<String> metrics() {
        return entries.stream().map(Entry::metric).distinct().toList();
    }

    boolean manyRuns() {
        return entries.stream().map(Entry::run).distinct().count() > 1;
    }

    /** Parameters every entry has with the same value. */
    Map<String, String> constants() {
        Map<String, String> constants = new TreeMap<>(entries.get(0).params());
        entries.forEach(e -> constants.entrySet().removeIf(c -> !c.getValue().equals(e.params().get(c.getKey()))));
        return constants;
    }

    /** E.g. "lock · counter · throughput (ops/s) · work=0". */
    String title() {
        Map<String, String> constants = constants();
        return module + " · " + caseName + " · " + String.join(" / ", metrics()) + " (" + unit + ")"
                + (constants.isEmpty() ? "" : " · " + label(constants));
    }

    /** The entry's varying parameters (minus {@code alsoDrop}); its full params, or the case, when nothing varies. */
    String label(Entry e, Set<String> alsoDrop) {
        Map<String, String> rest = new TreeMap<>(e.params());
        rest.keySet().removeAll(constants().keySet());
        rest.keySet().removeAll(alsoDrop);
        if (!rest.isEmpty() || !alsoDrop.isEmpty()) {
            return label(rest);
        }
        return e.params().isEmpty() ? caseName : label(e.params());
    }

    static String label(Map<String, String> params) {
        return params.entrySet().stream().map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(" "));
    }

    /** Sub-groups whose rows have the same parameter names (e.g. thread-count cases apart from process-count cases). */
    List<RowGroup> families() {
        Map<Set<String>, List<Entry>> byKeys = new LinkedHashMap<>();
        entries.forEach(e -> byKeys.computeIfAbsent(new java.util.TreeSet<>(e.params().keySet()), k -> new ArrayList<>()).add(e));
        return byKeys.values().stream().map(list -> new RowGroup(module, caseName, unit, list)).toList();
    }

    /** The numeric parameter that varies, preferring the usual sweep names; null when none does. */
    String sweepKey() {
        return entries.get(0).params().keySet().stream()
                .filter(k -> entries.stream().allMatch(e -> e.params().containsKey(k) && isNumber(e.params().get(k))))
                .filter(k -> entries.stream().map(e -> e.params().get(k)).distinct().count() > 1)
                .min(Comparator.comparingInt((String k) -> SWEEP_PREFERENCE.contains(k)
                        ? SWEEP_PREFERENCE.indexOf(k) : SWEEP_PREFERENCE.size()).thenComparing(k -> k))
                .orElse(null);
    }

    static boolean isNumber(String s) {
        return s.matches("-?[0-9]+(\\.[0-9]+)?");
    }
}
