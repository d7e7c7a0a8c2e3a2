package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipclab.core.run.Format;
import org.ipclab.report.chart.RowGroup.Entry;

/**
 * Counted outcomes (lost updates, oversold tickets, retries): the worst repetition is what matters, so
 * bars show each case's maximum; a check that stayed at zero everywhere is one sentence, not an empty chart.
 */
final class CountCharts {
    private CountCharts() {
    }

    static List<Chart> of(RowGroup g, SeriesColours colours) {
        List<Chart> charts = new ArrayList<>();
        for (String metric : g.metrics()) {
            List<Entry> entries = g.entries().stream().filter(e -> e.metric().equals(metric)).toList();
            String title = g.module() + " · " + g.caseName() + " · " + metric;
            if (entries.stream().allMatch(e -> worst(e) == 0)) {
                charts.add(Chart.note(g.module(), title + ": 0 in every repetition of " + entries.size()
                        + (entries.size() == 1 ? " case" : " cases") + "."));
            } else if (entries.size() == 1) {
                Entry e = entries.get(0);
                charts.add(Chart.note(g.module(), title + " (" + g.label(e, Set.of()) + "): worst repetition "
                        + Format.si(worst(e)) + ", mean " + Format.si(e.row().row().mean() == null ? worst(e) : e.row().row().mean())
                        + " over " + e.row().row().count() + "."));
            } else {
                BarChart chart = new BarChart(title + ": worst repetition", metric + " (count, most in any repetition)")
                        .seriesOrder(colours.runs());
                RowGroup only = new RowGroup(g.module(), g.caseName(), g.unit(), entries);
                boolean manyRuns = only.manyRuns();
                entries.forEach(e -> chart.bar(only.label(e, Set.of()), manyRuns ? e.run().label() : metric, worst(e),
                        "(mean " + Format.si(e.row().row().mean() == null ? worst(e) : e.row().row().mean()) + ")"));
                charts.add(new Chart(g.module(), title, chart.toSvg()));
            }
        }
        return charts;
    }

    private static double worst(Entry e) {
        Long max = e.row().row().max();
        return max != null ? max : e.row().center();
    }
}
