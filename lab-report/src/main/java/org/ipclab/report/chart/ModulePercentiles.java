package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.ipclab.report.chart.RowGroup.Entry;

/**
 * Latency-by-percentile charts of a module: one per case and metric with a line per channel or run;
 * cases that would draw a single line share one chart, so their tails can be compared at a glance.
 */
final class ModulePercentiles {
    /** Below this many samples a percentile curve is a handful of steps that says little beyond the median. */
    static final long MIN_SAMPLES = 50;
    /** Beyond this many lines a chart of several runs is split into one per run. */
    static final int MAX_LINES = 12;

    private ModulePercentiles() {
    }

    static List<Chart> of(String module, List<RowGroup> groups) {
        List<Chart> charts = new ArrayList<>();
        Map<String, Histogram> singles = new LinkedHashMap<>();
        List<String> tooFew = new ArrayList<>();
        for (RowGroup g : groups) {
            for (String metric : g.latency() ? g.metrics() : List.<String>of()) {
                Map<String, Histogram> lines = new LinkedHashMap<>();
                for (Entry e : g.entries()) {
                    if (!e.metric().equals(metric) || e.row().distribution().isEmpty()) {
                        continue;
                    }
                    Histogram h = e.row().distribution().get();
                    String name = e.run().name(g.label(e, Set.of()));
                    if (h.getTotalCount() >= MIN_SAMPLES) {
                        lines.put(name, h);
                    } else {
                        tooFew.add(g.caseName() + " " + name + " " + metric + " (n=" + h.getTotalCount() + ")");
                    }
                }
                if (lines.size() == 1 && !g.manyRuns()) {
                    String label = lines.keySet().iterator().next();
                    singles.put(g.caseName() + (label.equals(g.caseName()) ? "" : " " + label) + " · " + metric,
                            lines.values().iterator().next());
                } else if (lines.size() > MAX_LINES && g.manyRuns()) {
                    // Too many lines to tell apart: one chart per run, each channel keeping its colour.
                    for (RunRows run : g.entries().stream().map(Entry::run).distinct().toList()) {
                        Map<String, Histogram> own = new LinkedHashMap<>();
                        lines.forEach((name, h) -> {
                            if (name.startsWith(run.name(""))) {
                                own.put(name, h);
                            }
                        });
                        chart(charts, module, g.caseName() + " · " + metric + ": latency by percentile, run " + run.label(),
                                metric, own);
                    }
                } else {
                    chart(charts, module, g.caseName() + " · " + metric + ": latency by percentile", metric, lines);
                }
            }
        }
        if (!singles.isEmpty()) {
            String title = module + ": latency by percentile" + (singles.size() > 1 ? ", one line per case" : "");
            charts.add(new Chart(module, title, PercentileChart.of(title, "", singles).toSvg()));
        }
        if (!tooFew.isEmpty()) {
            charts.add(Chart.note(module, "No percentile curve (fewer than " + MIN_SAMPLES + " samples; see the table): "
                    + String.join(", ", tooFew) + "."));
        }
        return charts;
    }

    private static void chart(List<Chart> charts, String module, String what, String metric, Map<String, Histogram> lines) {
        if (!lines.isEmpty()) {
            String title = module + " · " + what;
            charts.add(new Chart(module, title, PercentileChart.of(title, metric, lines).toSvg()));
        }
    }
}
