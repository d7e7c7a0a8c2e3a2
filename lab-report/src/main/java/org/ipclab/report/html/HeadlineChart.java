package org.ipclab.report.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipclab.core.run.Format;
import org.ipclab.report.chart.ForkChart;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.ModuleChange;
import org.ipclab.report.compare.PairedRow;

/**
 * The site's headline, what someone comparing machines or JVMs asks first: per module, how much more (or
 * less) each run costs than the baseline run. A mark is the module's geometric mean over its rows (the
 * compare table's geomean line), the whisker its 95% interval over the rows, the dots the rows themselves,
 * so one odd row shows as an outlier rather than hiding in the mean. Drawn by the compare pages' fork chart.
 */
final class HeadlineChart {
    private HeadlineChart() {
    }

    /** A figure with the chart, or a sentence saying why there is none. */
    static String of(Comparison c) {
        if (c.sides().size() < 2) {
            return "<p class=\"small\">One run: publish two or more (the first is the baseline) to chart each run's"
                    + " change against it here.</p>\n";
        }
        String baseline = c.labels().get(0) + " " + c.sides().get(0).runIds();
        List<ModuleChange> changes = c.moduleChanges();
        Set<String> without = new LinkedHashSet<>(c.rows().stream().map(PairedRow::module).toList());
        changes.forEach(m -> without.remove(m.module()));
        String missing = without.isEmpty() ? "" : "<p class=\"small\">No change for " + Html.esc(String.join(", ", without))
                + ": no row there carries one (a time or rate in 2 or more forks on both sides, neither bimodal nor"
                + " placed differently); its module page shows each row.</p>\n";
        if (changes.isEmpty()) {
            return missing;
        }
        ForkChart chart = new ForkChart("Cost against baseline " + baseline + ", per module: geometric mean over its rows",
                c.thresholdPct(), "+10% = 10% more time (or 1/rate); ● a row, ▮ the geomean, ├┤ its 95% interval"
                        + " over the rows, shaded ±" + Format.si(c.thresholdPct()) + "%",
                "row");
        for (ModuleChange m : changes) {
            int side = c.labels().indexOf(m.run());
            chart.row(m.module() + " · " + m.run() + " " + c.sides().get(side).runIds(), List.of(), m.rowChangesPct(),
                    m.changePct(), m.lowPct(), m.highPct(), side, m.note());
        }
        return "<figure id=\"headline\">" + chart.toSvg() + "</figure>\n" + missing;
    }
}
