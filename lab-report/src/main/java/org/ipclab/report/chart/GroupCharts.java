package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.ipclab.core.run.Format;
import org.ipclab.core.schema.Calibration;
import org.ipclab.report.chart.RowGroup.Entry;
import org.ipclab.report.read.MeasuredRow.SampleSource;

/** The charts of one case and unit: a line chart against the swept parameter, or bars, per family of rows. */
final class GroupCharts {
    /** Values spanning more than this ratio go on a log axis, and bars are then sorted into a ranking. */
    private static final double SPREAD_FOR_LOG = 20;

    /** Up to this many swept values each get a tick of their own (2, 4, 8 threads), beyond it the scale's. */
    private static final int MAX_MEASURED_TICKS = 12;

    private GroupCharts() {
    }

    /** {@code overviewShown}: the module's overview already puts each single-case latency in proportion. */
    static List<Chart> of(RowGroup g, boolean overviewShown, SeriesColours colours) {
        if ("count".equals(g.unit())) {
            return CountCharts.of(g, colours);
        }
        List<Chart> charts = new ArrayList<>();
        // Families with a sweep get their lines; the rest share one bar chart (e.g. mmap with its wait= beside pipe).
        List<Entry> unswept = new ArrayList<>();
        for (RowGroup family : g.families()) {
            String sweep = family.sweepKey();
            if (sweep == null) {
                unswept.addAll(family.entries());
                continue;
            }
            charts.add(new Chart(g.module(), family.title() + " against " + sweep, sweepChart(family, sweep).colours(colours).toSvg()));
            if (family.manyRuns() && isChannelRtt(family)) {
                charts.add(new Chart(g.module(), family.title() + " as a multiple of each machine's floor",
                        floorMultiples(family, sweep).colours(colours).toSvg()));
            }
        }
        RowGroup rest = new RowGroup(g.module(), g.caseName(), g.unit(), unswept);
        if (unswept.size() > 1 && !(overviewShown && g.latency() && oneCategory(rest))) {
            charts.add(new Chart(g.module(), rest.title(), bars(rest).seriesOrder(colours.runs()).toSvg()));
        }
        return charts;
    }

    private static boolean oneCategory(RowGroup g) {
        return !g.manyRuns() && g.entries().stream().map(Entry::params).distinct().count() == 1;
    }

    private static boolean isChannelRtt(RowGroup g) {
        return g.latency() && g.metrics().equals(List.of("rtt")) && !g.module().equals(Calibration.MODULE);
    }

    private static String seriesName(RowGroup g, Entry e, Set<String> drop) {
        String label = g.label(e, drop);
        boolean manyMetrics = g.metrics().size() > 1;
        String name = label.isEmpty() ? e.metric() : manyMetrics ? label + " " + e.metric() : label;
        return e.run().name(name);
    }

    private static LineChart sweepChart(RowGroup g, String sweep) {
        boolean latency = g.latency();
        String metric = String.join(" / ", g.metrics());
        double[] ys = g.entries().stream().mapToDouble(e -> e.row().center()).toArray();
        boolean logY = latency || spread(ys) > SPREAD_FOR_LOG;
        LineChart chart = new LineChart(g.title() + ": " + (latency ? "median" : "median of iterations") + " against " + sweep,
                axisLabel(sweep), (latency ? "median " + metric : metric + " (" + g.unit() + ")") + (logY ? ", log scale" : ""))
                .logX(spread(g.entries().stream().mapToDouble(e -> Double.parseDouble(e.params().get(sweep))).toArray()) >= 10)
                .logY(logY).yFormat(latency ? Format::time : Format::si);
        if (g.entries().stream().allMatch(e -> e.params().get(sweep).matches("-?[0-9]+"))) {
            chart.integerX();
        }
        List<Double> measured = g.entries().stream().map(e -> Double.parseDouble(e.params().get(sweep))).distinct().sorted().toList();
        if (measured.size() <= MAX_MEASURED_TICKS) {
            chart.xTicksAt(measured);
        }
        if (!logY) {
            chart.yFromZero();
        }
        seriesOf(g, sweep, e -> e.row().center()).forEach(chart::series);
        if (isChannelRtt(g)) {
            floors(g).forEach((name, floor) -> chart.reference(name, floor));
        }
        return chart;
    }

    private static LineChart floorMultiples(RowGroup g, String sweep) {
        LineChart chart = new LineChart(g.title() + ": multiple of each machine's own floor", axisLabel(sweep),
                "median RTT ÷ machine floor (×, log scale)")
                .logX(spread(g.entries().stream().mapToDouble(e -> Double.parseDouble(e.params().get(sweep))).toArray()) >= 10)
                .logY(true).yFormat(v -> Format.si(v) + "×");
        seriesOf(g, sweep, e -> e.run().floorNs().isPresent()
                ? e.row().center() / e.run().floorNs().getAsDouble() : Double.NaN).forEach(chart::series);
        return chart;
    }

    private static Map<String, List<LineChart.Point>> seriesOf(RowGroup g, String sweep, ToDoubleFunction<Entry> y) {
        Map<String, List<LineChart.Point>> series = new LinkedHashMap<>();
        for (Entry e : g.entries()) {
            series.computeIfAbsent(seriesName(g, e, Set.of(sweep)), k -> new ArrayList<>())
                    .add(new LineChart.Point(Double.parseDouble(e.params().get(sweep)), y.applyAsDouble(e)));
        }
        series.values().forEach(points -> points.sort(Comparator.comparingDouble(LineChart.Point::x)));
        return series;
    }

    /**
     * Bars per varying parameter set; latency on a log axis with p99 noted. Dots are the forks' centres (a
     * fresh JVM each, the unit compare tests), or for a single-JVM run its JMH iterations.
     */
    private static BarChart bars(RowGroup g) {
        boolean latency = g.latency();
        boolean manyRuns = g.manyRuns();
        boolean manyMetrics = g.metrics().size() > 1;
        double[] values = g.entries().stream().mapToDouble(e -> e.row().center()).toArray();
        boolean log = latency || spread(values) > SPREAD_FOR_LOG;
        boolean forks = g.entries().stream().anyMatch(e -> e.row().forkCentres().size() > 1);
        boolean iterations = g.entries().get(0).row().source() == SampleSource.ITERATIONS;
        String axis = latency ? "median " + String.join(" / ", g.metrics()) + " (time"
                : (iterations ? "median of iterations (" : "(") + g.unit();
        String dotsAre = forks ? "; dots = each fork" : iterations ? "; dots = each iteration" : "";
        BarChart chart = new BarChart(g.title() + (latency ? ": median (p50)" : ""), axis + (log ? ", log scale)" : ")") + dotsAre)
                .log(log).format(latency ? Format::time : Format::si);
        List<Entry> entries = new ArrayList<>(g.entries());
        if (log) {
            Map<String, Double> firstValue = new LinkedHashMap<>();
            entries.forEach(e -> firstValue.putIfAbsent(category(g, e, manyRuns, manyMetrics), e.row().center()));
            entries.sort(Comparator.comparingDouble(e -> firstValue.get(category(g, e, manyRuns, manyMetrics))));
        }
        for (Entry e : entries) {
            String series = manyRuns ? e.run().label() : e.metric();
            String note = latency && e.row().row().p99() != null ? "(p99 " + Format.time(e.row().row().p99()) + ")" : "";
            List<Double> dots = e.row().forkCentres().size() > 1 ? e.row().forkCentres()
                    : e.row().source() == SampleSource.ITERATIONS ? e.row().samples() : List.of();
            chart.bar(category(g, e, manyRuns, manyMetrics), series, e.row().center(), note, dots);
        }
        if (isChannelRtt(g)) {
            floors(g).forEach(chart::reference);
        }
        return chart;
    }

    private static String category(RowGroup g, Entry e, boolean manyRuns, boolean manyMetrics) {
        String label = g.label(e, Set.of());
        return manyRuns && manyMetrics ? label + " · " + e.metric() : label;
    }

    private static Map<String, Double> floors(RowGroup g) {
        Map<String, Double> floors = new LinkedHashMap<>();
        g.entries().stream().map(Entry::run).distinct().forEach(run -> run.floorNs()
                .ifPresent(f -> floors.put(run.name("machine floor (cache-line RTT p50)"), f)));
        return floors;
    }

    static double spread(double[] values) {
        double min = java.util.Arrays.stream(values).filter(v -> v > 0).min().orElse(1);
        double max = java.util.Arrays.stream(values).max().orElse(1);
        return max / min;
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
