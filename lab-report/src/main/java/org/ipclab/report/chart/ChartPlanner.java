package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.ipclab.core.Params;
import org.ipclab.report.read.MeasuredRow;

/**
 * Decides which charts a set of rows deserves, from the data alone: a percentile chart per latency
 * metric, a line per series against any numeric parameter that is swept (size, threads, offered
 * rate), and bars where nothing is swept (e.g. creation costs), on log scales where values span decades.
 */
public final class ChartPlanner {
    private static final List<String> SWEEP_PREFERENCE = List.of("size", "threads", "rate", "load");

    private record Entry(RunRows run, MeasuredRow row, Map<String, String> params) {
    }

    private ChartPlanner() {
    }

    public static List<Chart> plan(List<RunRows> runs) {
        Map<String, List<Entry>> groups = new TreeMap<>(Comparator.comparing(ChartPlanner::moduleOrder));
        for (RunRows run : runs) {
            for (MeasuredRow m : run.rows()) {
                if (m.row().ok() && Double.isFinite(m.center())) {
                    String key = m.row().module() + " · " + m.row().caseName() + " · " + m.row().metric() + " (" + m.row().unit() + ")";
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(run, m, Params.parse(m.row().params()).asMap()));
                }
            }
        }
        List<Chart> charts = new ArrayList<>();
        groups.forEach((title, entries) -> charts.addAll(chartsFor(title, entries, runs.size() > 1)));
        return charts;
    }

    private static String moduleOrder(String key) {
        return (key.startsWith("calibration") ? "~" : "") + key;
    }

    private static List<Chart> chartsFor(String title, List<Entry> entries, boolean manyRuns) {
        MeasuredRow first = entries.get(0).row();
        String module = first.row().module();
        String metric = first.row().metric();
        List<Chart> charts = new ArrayList<>();
        Map<String, Histogram> distributions = new LinkedHashMap<>();
        entries.forEach(e -> e.row().distribution().ifPresent(h -> distributions.put(e.run().name(label(e.params()))
                .replace(" · ", " "), h)));
        String sweep = sweepKey(entries);
        if (sweep != null) {
            LineChart sweepChart = sweepChart(title, entries, sweep, first);
            charts.add(new Chart(module, title + " against " + sweep, sweepChart.toSvg()));
            if (manyRuns && "rtt".equals(metric) && first.isLatency() && !module.equals("calibration")) {
                charts.add(new Chart(module, title + " as a multiple of each machine's floor",
                        floorMultiples(title, entries, sweep).toSvg()));
            }
        } else if (entries.size() > 1 || !first.isLatency()) {
            charts.add(new Chart(module, title + ": " + (first.isLatency() ? "median cost" : "values"), bars(title, entries, first).toSvg()));
        }
        if (!distributions.isEmpty()) {
            charts.add(new Chart(module, title + ": latency by percentile",
                    PercentileChart.of(title + ": latency by percentile", metric, distributions).toSvg()));
        }
        return charts;
    }

    private static LineChart sweepChart(String title, List<Entry> entries, String sweep, MeasuredRow first) {
        boolean latency = first.isLatency();
        String what = latency ? "median (p50) " + first.row().metric() : first.row().metric() + " (" + first.row().unit() + ")";
        LineChart chart = new LineChart(title + ": " + (latency ? "median" : "mean") + " against " + sweep,
                axisLabel(sweep), what + (latency ? ", log scale" : ""))
                .logX(spansDecade(entries, sweep)).yFormat(latency ? Units::nanos : Units::si);
        if (entries.stream().allMatch(e -> e.params().get(sweep).matches("-?[0-9]+"))) {
            chart.integerX();
        }
        double[] ys = entries.stream().mapToDouble(e -> e.row().center()).toArray();
        chart.logY(latency || spread(ys) > 20);
        if (!latency && spread(ys) <= 20) {
            chart.yFromZero();
        }
        seriesOf(entries, sweep, e -> e.row().center()).forEach(chart::series);
        if (latency && "rtt".equals(first.row().metric())) {
            entries.stream().map(Entry::run).distinct().forEach(run -> run.floorNs().ifPresent(
                    f -> chart.reference(run.name("machine floor (cache-line RTT p50)"), f)));
        }
        return chart;
    }

    private static LineChart floorMultiples(String title, List<Entry> entries, String sweep) {
        LineChart chart = new LineChart(title + ": multiple of each machine's own floor", axisLabel(sweep),
                "median RTT ÷ machine floor (×, log scale)").logX(spansDecade(entries, sweep)).logY(true)
                .yFormat(v -> Units.si(v) + "×");
        seriesOf(entries, sweep, e -> e.run().floorNs().isPresent()
                ? e.row().center() / e.run().floorNs().getAsDouble() : Double.NaN).forEach(chart::series);
        return chart;
    }

    private static Map<String, List<LineChart.Point>> seriesOf(List<Entry> entries, String sweep,
                                                              java.util.function.ToDoubleFunction<Entry> y) {
        Map<String, List<LineChart.Point>> series = new LinkedHashMap<>();
        for (Entry e : entries) {
            Map<String, String> rest = new TreeMap<>(e.params());
            double x = Double.parseDouble(rest.remove(sweep));
            series.computeIfAbsent(e.run().name(label(rest)), k -> new ArrayList<>()).add(new LineChart.Point(x, y.applyAsDouble(e)));
        }
        series.values().forEach(points -> points.sort(Comparator.comparingDouble(LineChart.Point::x)));
        return series;
    }

    private static BarChart bars(String title, List<Entry> entries, MeasuredRow first) {
        boolean latency = first.isLatency();
        double[] values = entries.stream().mapToDouble(e -> e.row().center()).toArray();
        BarChart chart = new BarChart(title + (latency ? ": median (p50), log scale" : ""),
                latency ? "median " + first.row().metric() + " (time, log scale)" : first.row().metric() + " (" + first.row().unit() + ")")
                .log(latency || spread(values) > 20).format(latency ? Units::nanos : Units::si);
        entries.forEach(e -> chart.bar(label(e.params()), e.run().label().isEmpty() ? first.row().metric() : e.run().label(),
                e.row().center(), ""));
        return chart;
    }

    /** The numeric parameter that varies, preferring the usual sweep names. */
    static String sweepKey(List<Entry> entries) {
        List<String> candidates = entries.get(0).params().keySet().stream()
                .filter(k -> entries.stream().allMatch(e -> e.params().containsKey(k) && isNumber(e.params().get(k))))
                .filter(k -> entries.stream().map(e -> e.params().get(k)).distinct().count() > 1)
                .sorted(Comparator.comparingInt((String k) -> SWEEP_PREFERENCE.contains(k)
                        ? SWEEP_PREFERENCE.indexOf(k) : SWEEP_PREFERENCE.size()).thenComparing(k -> k))
                .toList();
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private static boolean spansDecade(List<Entry> entries, String key) {
        return spread(entries.stream().mapToDouble(e -> Double.parseDouble(e.params().get(key))).toArray()) >= 10;
    }

    private static double spread(double[] values) {
        double min = java.util.Arrays.stream(values).filter(v -> v > 0).min().orElse(1);
        double max = java.util.Arrays.stream(values).max().orElse(1);
        return max / min;
    }

    private static boolean isNumber(String s) {
        return s.matches("-?[0-9]+(\\.[0-9]+)?");
    }

    private static String label(Map<String, String> params) {
        return params.isEmpty() ? "(no params)" : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    private static String axisLabel(String key) {
        return switch (key) {
            case "size" -> "message size (bytes)";
            case "threads" -> "threads";
            case "rate" -> "offered load (msgs/s)";
            default -> key;
        };
    }
}
