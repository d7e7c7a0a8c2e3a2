package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ipclab.core.run.Format;
import org.ipclab.report.chart.RowGroup.Entry;

/**
 * Every latency of a module side by side on one log axis (median, and p99 for a single run): for
 * modules whose cases each measure one cost, such as creating a thread, a process or a JVM, this is
 * the chart that puts them in proportion.
 */
final class ModuleOverview {
    /** Fewer cases are better read in their own charts; more rows would not fit one readable chart. */
    static final int MIN_CASES = 3;
    static final int MAX_ROWS_PER_RUN = 40;

    private ModuleOverview() {
    }

    static Optional<Chart> of(String module, List<RowGroup> groups, SeriesColours colours) {
        List<Entry> latency = groups.stream().filter(RowGroup::latency).flatMap(g -> g.entries().stream()).toList();
        long cases = latency.stream().map(e -> e.row().row().caseName()).distinct().count();
        long runs = latency.stream().map(Entry::run).distinct().count();
        if (cases < MIN_CASES || latency.size() > MAX_ROWS_PER_RUN * Math.max(1, runs)) {
            return Optional.empty();
        }
        boolean manyRuns = runs > 1;
        String title = module + ": every latency, " + (manyRuns ? "median by run" : "median and p99") + " (log scale)";
        BarChart chart = new BarChart(title, "time (log scale); hover a bar for its case").log(true).format(Format::time)
                .seriesOrder(colours.runs());
        List<Entry> sorted = new ArrayList<>(latency);
        // Cheapest first, in the first run's order, so the bars read as a ladder of costs.
        sorted.sort(Comparator.comparingDouble(e -> firstCenter(latency, category(e))));
        for (Entry e : sorted) {
            String p99 = e.row().row().p99() == null ? "" : "p99 " + Format.time(e.row().row().p99());
            if (manyRuns) {
                chart.bar(category(e), e.run().label(), e.row().center(), p99);
            } else {
                chart.bar(category(e), "median (p50)", e.row().center(), "");
                if (e.row().row().p99() != null) {
                    chart.bar(category(e), "p99", e.row().row().p99(), "");
                }
            }
        }
        return chart.isEmpty() ? Optional.empty() : Optional.of(new Chart(module, title, chart.toSvg()));
    }

    private static String category(Entry e) {
        String params = RowGroup.label(e.params());
        return e.row().row().caseName() + (params.isEmpty() ? "" : " " + params) + " · " + e.metric();
    }

    private static double firstCenter(List<Entry> entries, String category) {
        return entries.stream().filter(e -> category(e).equals(category)).findFirst().map(e -> e.row().center()).orElse(0.0);
    }
}
