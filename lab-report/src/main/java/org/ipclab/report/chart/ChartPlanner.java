package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipclab.core.schema.Calibration;
import org.ipclab.report.chart.RowGroup.Entry;
import org.ipclab.report.read.MeasuredRow;

/**
 * Decides which charts a set of rows deserves, from the data alone: per module an overview of every
 * latency (when it spans several cases, e.g. creation costs), then per case and unit a line per series
 * against a swept numeric parameter (size, threads, offered rate), bars where nothing is swept, and
 * latency by percentile where a distribution has enough samples to show one.
 */
public final class ChartPlanner {
    private ChartPlanner() {
    }

    public static List<Chart> plan(List<RunRows> runs) {
        Map<String, Map<String, List<Entry>>> byModule = new TreeMap<>(Comparator.comparing(ChartPlanner::moduleOrder));
        for (RunRows run : runs) {
            for (MeasuredRow m : run.rows()) {
                if (m.row().ok() && Double.isFinite(m.center())) {
                    String group = m.row().caseName() + "\u0000" + m.row().unit();
                    byModule.computeIfAbsent(m.row().module(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(group, k -> new ArrayList<>())
                            .add(new Entry(run, m, m.row().params().asMap()));
                }
            }
        }
        List<Chart> charts = new ArrayList<>();
        List<String> runLabels = runs.stream().map(RunRows::label).toList();
        byModule.forEach((module, groups) -> {
            // Per module: channels of one module rarely share names with another's, and the palette is short.
            SeriesColours colours = new SeriesColours(runLabels);
            List<RowGroup> rowGroups = groups.values().stream().map(entries -> new RowGroup(module,
                    entries.get(0).row().row().caseName(), entries.get(0).row().row().unit().text(), entries)).toList();
            var overview = ModuleOverview.of(module, rowGroups, colours);
            overview.ifPresent(charts::add);
            rowGroups.forEach(g -> charts.addAll(GroupCharts.of(g, overview.isPresent(), colours)));
            charts.addAll(ModulePercentiles.of(module, rowGroups));
        });
        return charts;
    }

    /** Modules alphabetically, calibration (the machine, not a benchmark) last. */
    private static String moduleOrder(String module) {
        return (module.equals(Calibration.MODULE) ? "~" : "") + module;
    }
}
