package org.ipclab.report.html;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.report.chart.BarChart;
import org.ipclab.report.chart.Chart;
import org.ipclab.report.chart.ChartPlanner;
import org.ipclab.report.chart.RunRows;
import org.ipclab.report.chart.Units;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.ComparisonFormat;
import org.ipclab.report.compare.EnvironmentDiff;
import org.ipclab.report.compare.PairedRow;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.read.RunFolder;

/** A comparison as HTML: environments side by side, warnings, the paired table and the charts. */
public final class ComparePage {
    /** Each verdict keeps its colour and legend place in every module's change chart. */
    private static final List<String> VERDICT_SERIES = List.of("significant", "not significant (~)", "geometric mean",
            "too few samples");

    private ComparePage() {
    }

    public static String render(Comparison c, String title) {
        return Html.page(title, "<h1>" + Html.esc(title) + "</h1>\n" + body(c));
    }

    /** The page body without its heading, for embedding in a site's module page. */
    public static String body(Comparison c) {
        StringBuilder b = new StringBuilder("<h2>Environments</h2>\n");
        b.append(environments(c.environments()));
        c.environments().warnings().forEach(w -> b.append("<p class=\"warn\">").append(Html.esc(w)).append("</p>\n"));
        b.append("<h2>Paired rows</h2>\n<p class=\"small\">").append(Html.esc(ComparisonFormat.METHOD)).append("</p>\n");
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
        if (!env.commonFlags().isEmpty()) {
            t.append(" JVM flags common to all runs: <code>").append(Html.esc(env.commonFlags())).append("</code>");
        }
        return t.append("</p>\n").toString();
    }

    private static String table(List<PairedRow> rows) {
        var text = List.of("module", "case", "params", "metric", "run", "p50", "95% CI", "p99", "p99.9", "× floor", "change",
                "p99 change", "p99.9 change", "verdict");
        List<List<String>> body = new ArrayList<>();
        for (List<String> cells : ComparisonFormat.cells(rows)) {
            List<String> html = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                html.add(i >= 5 && i <= 12 ? Html.num(cells.get(i)) : Html.esc(cells.get(i)));
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
        return Html.table(text, body);
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

    private static String ratio(double v) {
        return v >= 1 ? Units.si(v) + "×" : "÷" + Units.si(1 / v);
    }

    /** Per module: each row's change of the median against the baseline, coloured by its verdict. */
    private static List<Chart> changeCharts(Comparison c) {
        List<Chart> charts = new ArrayList<>();
        List<String> modules = c.rows().stream().map(PairedRow::module).distinct().toList();
        for (String module : modules) {
            // A ratio on a log axis: halving and doubling look the same size, and one 100× outlier hides nothing.
            BarChart chart = new BarChart(module + ": change of the median against baseline " + c.labels().get(0),
                    "run ÷ baseline " + c.labels().get(0) + " of the median (log scale; right = larger value)")
                    .log(true).from(1).format(ComparePage::ratio).seriesOrder(VERDICT_SERIES);
            for (PairedRow r : c.rows()) {
                if (r.module().equals(module) && r.changePct() != null) {
                    String series = switch (r.verdict()) {
                        case WORSE, BETTER -> "significant";
                        case SAME -> "not significant (~)";
                        case GEOMEAN -> "geometric mean";
                        default -> "too few samples";
                    };
                    String category = r.verdict() == Verdict.GEOMEAN ? "geomean cost · " + r.run()
                            : r.caseName() + " " + r.params().replace(';', ' ') + " · " + r.metric() + " · " + r.run();
                    chart.bar(category, series, 1 + r.changePct() / 100, ComparisonFormat.pct(r.changePct()) + " " + r.verdictText());
                }
            }
            if (!chart.isEmpty()) {
                charts.add(new Chart(module, module + " change", chart.toSvg()));
            }
        }
        return charts;
    }
}
