package org.ipclab.report.html;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.Median;
import org.ipclab.report.chart.Chart;
import org.ipclab.report.chart.ChartPlanner;
import org.ipclab.report.chart.ForkChart;
import org.ipclab.report.chart.RunRows;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.ComparisonFormat;
import org.ipclab.report.compare.EnvironmentDiff;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.compare.PairedRow;
import org.ipclab.report.compare.ResolutionLines;
import org.ipclab.report.compare.VerdictCounts;
import org.ipclab.report.read.RunFolder;

/** A comparison as HTML: environments side by side, warnings, the paired table and the charts. */
public final class ComparePage {
    private ComparePage() {
    }

    public static String render(Comparison c, String title) {
        return Html.page(title, "<h1>" + Html.esc(title) + "</h1>\n" + body(c));
    }

    /** The page body without its heading, for embedding in a site's module page. */
    public static String body(Comparison c) {
        StringBuilder b = new StringBuilder();
        c.interleavingNotes().forEach(n -> b.append("<p>").append(Html.esc(n)).append("</p>\n"));
        b.append("<h2>Environments</h2>\n");
        b.append(environments(c.environments()));
        c.environments().warnings().forEach(w -> b.append("<p class=\"warn\">").append(Html.esc(w)).append("</p>\n"));
        b.append("<h2>Summary</h2>\n<ul>");
        VerdictCounts.lines(c).forEach(l -> b.append("<li>").append(Html.esc(l)).append("</li>"));
        ResolutionLines.lines(c).forEach(l -> b.append("<li>").append(Html.esc(l)).append("</li>"));
        b.append("</ul>\n<h2>Paired rows</h2>\n<p class=\"small\">").append(Html.esc(ComparisonFormat.method(c))).append("</p>\n");
        b.append(table(c.rows()));
        b.append("<h2>Charts</h2>\n").append(Html.charts(charts(c)));
        return b.toString();
    }

    static String environments(EnvironmentDiff env) {
        List<String> headers = new ArrayList<>(List.of(""));
        headers.addAll(env.labels());
        StringBuilder t = new StringBuilder("<div class=\"scroll\"><table><thead><tr>");
        headers.forEach(h -> t.append("<th>").append(Html.esc(h)).append("</th>"));
        t.append("</tr></thead><tbody>\n");
        env.values().forEach((k, v) -> {
            t.append(env.differing().contains(k) ? "<tr class=\"diff\">" : "<tr>").append("<td>").append(Html.esc(k)).append("</td>");
            v.forEach(x -> t.append("<td>").append(Html.esc(x)).append("</td>"));
            t.append("</tr>\n");
        });
        t.append("</tbody></table></div>\n<p class=\"small\">Highlighted rows differ between runs.");
        env.common().forEach((row, shared) -> t.append(' ').append(Html.esc(EnvironmentDiff.itemsName(row)))
                .append(" common to all runs: <code>").append(Html.esc(shared)).append("</code>"));
        return t.append("</p>\n").toString();
    }

    private static String table(List<PairedRow> rows) {
        List<List<String>> body = new ArrayList<>();
        for (List<String> cells : ComparisonFormat.cells(rows)) {
            List<String> html = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                html.add(i >= 5 && i <= 12 || i == 14 ? Html.num(cells.get(i)) : Html.esc(cells.get(i)));
            }
            body.add(html);
        }
        for (int i = 0; i < rows.size(); i++) {
            String css = switch (rows.get(i).verdict()) {
                case WORSE -> "slower";
                case BETTER -> "faster";
                case SAME -> "same";
                default -> "";
            };
            List<String> row = body.get(i);
            row.set(row.size() - 1, "<td class=\"verdict " + css + "\">" + row.get(row.size() - 1) + "</td>");
            row.set(2, row.get(2).replace(";", ";<wbr>"));
        }
        return Html.table(ComparisonFormat.HEADERS, body);
    }

    private static List<Chart> charts(Comparison c) {
        List<Chart> charts = new ArrayList<>(changeCharts(c));
        List<RunRows> runs = new ArrayList<>();
        for (int i = 0; i < c.runs().size(); i++) {
            RunFolder run = c.runs().get(i);
            runs.add(new RunRows(c.labels().get(i), run.rows(), run.floorRttNs()));
        }
        charts.addAll(ChartPlanner.plan(runs));
        List<String> order = charts.stream().map(Chart::module).distinct().toList();
        charts.sort(java.util.Comparator.comparingInt(chart -> order.indexOf(chart.module())));
        return charts;
    }

    /** Per module: every compared row's forks and the interval of its change against the baseline. */
    private static List<Chart> changeCharts(Comparison c) {
        List<Chart> charts = new ArrayList<>();
        List<String> modules = c.rows().stream().map(PairedRow::module).distinct().toList();
        for (String module : modules) {
            ForkChart chart = new ForkChart(module + ": forks and change against baseline " + c.labels().get(0), c.thresholdPct());
            for (PairedRow r : c.rows()) {
                if (!r.module().equals(module) || r.baselineForkCentres() == null || r.verdict() == Verdict.GEOMEAN) {
                    continue;
                }
                double base = Median.of(r.baselineForkCentres());
                if (!(base > 0) && !(base < 0)) {
                    continue;
                }
                chart.row(r.caseName() + " " + r.params().replace(';', ' ') + " · " + r.metric() + " · " + r.run(),
                        relative(r.baselineForkCentres(), base), relative(r.forkCentres(), base), r.changePct(),
                        r.changeLowPct(), r.changeHighPct(), c.labels().indexOf(r.run()), r.verdictText());
            }
            if (!chart.isEmpty()) {
                charts.add(new Chart(module, module + " forks", chart.toSvg()));
            }
        }
        return charts;
    }

    private static List<Double> relative(List<Double> values, double base) {
        return values.stream().map(v -> (v / base - 1) * 100).toList();
    }
}
