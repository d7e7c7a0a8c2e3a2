package org.ipclab.report.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Colours that keep their meaning across the charts of one module on a page: run i is always colour i, and
 * a line series keeps the colour (and dash) it first got, so a reader can follow a run or a channel from
 * chart to chart.
 */
final class SeriesColours {
    private final List<String> runs;
    private final Map<String, Integer> lines = new HashMap<>();

    SeriesColours(List<String> runLabels) {
        // A single run's bars are told apart by metric, not by run.
        this.runs = runLabels.size() > 1 ? List.copyOf(runLabels) : List.of();
    }

    /** The page's run labels in run order: the series order (and colours) of every bar chart of runs. */
    List<String> runs() {
        return runs;
    }

    /** The colour index of a line series, given on first sight; beyond the palette it also picks a dash. */
    int line(String name) {
        return lines.computeIfAbsent(name, k -> lines.size());
    }
}
