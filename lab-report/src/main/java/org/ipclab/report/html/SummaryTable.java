package org.ipclab.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ipclab.core.CRatio;
import org.ipclab.core.ResultRow;
import org.ipclab.core.run.Format;
import org.ipclab.core.schema.Calibration;
import org.ipclab.report.read.ForkRecord;
import org.ipclab.report.read.MeasuredRow;
import org.ipclab.report.read.RunFolder;

/**
 * A run's summary.csv as an HTML table, with the floor multiple of every RTT, the Java/C ratio of every row
 * whose C twin the run measured, and links to its data files.
 */
final class SummaryTable {
    private SummaryTable() {
    }

    /** {@code dataPrefix} is the path from the page to the run's files (e.g. {@code ../}). One table per module. */
    static String of(RunFolder run, List<MeasuredRow> rows, String dataPrefix) {
        List<String> modules = rows.stream().map(m -> m.row().module()).distinct().toList();
        if (modules.size() == 1) {
            return table(run, rows, dataPrefix);
        }
        StringBuilder b = new StringBuilder();
        modules.forEach(module -> b.append("<h3>").append(Html.esc(module))
                .append("</h3>\n").append(table(run, rows.stream().filter(m -> m.row().module().equals(module)).toList(), dataPrefix)));
        return b.toString();
    }

    private static String table(RunFolder run, List<MeasuredRow> rows, String dataPrefix) {
        OptionalDouble floor = run.floorRttNs();
        List<ResultRow> all = run.rows().stream().map(MeasuredRow::row).toList();
        // Schema-2 runs measure every case in several forks; a schema-1 table keeps its columns.
        boolean forked = rows.stream().anyMatch(m -> !m.forks().isEmpty());
        List<List<String>> body = new ArrayList<>();
        for (MeasuredRow m : rows) {
            ResultRow r = m.row();
            // Params break at their separators, so the column stays narrow.
            List<String> cells = new ArrayList<>(List.of(Html.esc(r.caseName()),
                    Html.esc(r.params().toString()).replace(";", ";<wbr>"), Html.esc(r.metric())));
            cells.add(Html.num(String.valueOf(r.count())));
            cells.add(Html.num(value(r.mean(), r.unit().text())));
            cells.add(Html.num(value(r.p50(), r.unit().text())));
            cells.add(Html.num(value(r.p99(), r.unit().text())));
            cells.add(Html.num(value(r.p999(), r.unit().text())));
            cells.add(Html.num(value(r.max(), r.unit().text())));
            cells.add(Html.num(r.throughput() == null ? "" : Format.inUnit(r.throughput(), r.unit().text())));
            boolean rtt = "rtt".equals(r.metric()) && m.isLatency() && r.p50() != null && floor.isPresent()
                    && !Calibration.MODULE.equals(r.module());
            cells.add(Html.num(rtt ? Format.multiple(r.p50() / floor.getAsDouble()) : ""));
            OptionalDouble javaOverC = CRatio.of(r, all, row -> observedPlacements(run, row));
            cells.add(Html.num(javaOverC.isPresent() ? Format.multiple(javaOverC.getAsDouble()) : ""));
            cells.add(r.ok() ? Html.esc(r.status().toString()) : "<td class=\"" + (r.failed() ? "slower" : "same")
                    + "\">" + Html.esc(r.status().toString()) + "</td>");
            cells.add(Html.esc(m.samples().size() + " " + (m.samples().isEmpty() ? "" : m.source().label())));
            if (forked) {
                long failed = m.forks().stream().filter(f -> f.failed()).count();
                cells.add(Html.num(m.forks().stream().filter(f -> f.ok()).count() + (failed == 0 ? "" : " (+" + failed + " failed)")));
            }
            cells.add(links(run, m, dataPrefix));
            body.add(cells);
        }
        List<String> headers = new ArrayList<>(List.of("case", "params", "metric", "count", "mean", "p50", "p99", "p99.9",
                "max", "throughput", "× floor", "× C", "status", "samples"));
        if (forked) {
            headers.add("forks");
        }
        headers.add("data");
        return Html.table(headers, body);
    }

    private static String value(Number v, String unit) {
        return v == null ? "" : Format.inUnit(v.doubleValue(), unit);
    }

    /** The row's files: its .hgrm over all forks and each fork's .hlog (schema 2), or the case's .hlog/.hgrm (schema 1). */
    private static String links(RunFolder run, MeasuredRow m, String prefix) {
        String perMetric = "hdr/" + m.caseId() + "." + m.row().metric() + ".";
        StringBuilder b = new StringBuilder();
        for (String name : run.dataFiles().keySet()) {
            String label = name.startsWith(perMetric) ? name.substring(perMetric.length()).replace(".hlog", "").replace("fork-", "hlog ")
                    : name.equals("hdr/" + m.caseId() + ".hlog") ? "hlog"
                    : name.equals("hdr/" + m.caseId() + ".hgrm") ? "hgrm" : null;
            if (label != null) {
                b.append(b.length() == 0 ? "" : " ").append(Html.link(prefix + name, label));
            }
        }
        return b.toString();
    }

    /** Where the forks of a row ran (same, cross, mixed, single), over its forks that ended ok. */
    private static Set<String> observedPlacements(RunFolder run, ResultRow row) {
        return run.rows().stream().filter(m -> m.row().equals(row)).flatMap(m -> m.forks().stream())
                .filter(ForkRecord::ok).map(f -> f.pinned() ? f.requested() : f.placement()).filter(CRatio::knownPlacement)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
