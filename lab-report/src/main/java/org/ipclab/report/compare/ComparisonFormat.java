package org.ipclab.report.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.ipclab.core.Json;
import org.ipclab.report.chart.Units;
import org.ipclab.report.stats.MedianInterval;
import org.ipclab.report.stats.ShiftTest;

/** Writes a comparison as aligned text, Markdown, CSV (raw numbers) or JSON. */
public enum ComparisonFormat {
    text, markdown, csv, json;

    public static final String METHOD = "Baseline A. p50 = median (latency: of the whole distribution; rates: of the "
            + "iteration samples); 95% CI = order statistics over the samples (iterations, or one median per .hlog interval), "
            + "needs " + MedianInterval.MIN_SAMPLES + "; verdict = two-sided Mann-Whitney U over the same samples, "
            + "significant when p < " + ShiftTest.ALPHA + "; ~ = no significant change; x floor = RTT / the run's own calibrated floor.";

    public String render(Comparison c) {
        return switch (this) {
            case text -> sections(c, false);
            case markdown -> sections(c, true);
            case csv -> csv(c);
            case json -> json(c);
        };
    }

    private static String sections(Comparison c, boolean md) {
        StringBuilder b = new StringBuilder();
        b.append(md ? "## Runs\n\n" : "Runs\n");
        for (int i = 0; i < c.runs().size(); i++) {
            b.append(md ? "- " : "  ").append(c.labels().get(i)).append("  ").append(c.runs().get(i).runId())
                    .append("  (").append(c.runs().get(i).dir()).append(')').append(i == 0 ? "  baseline" : "").append('\n');
        }
        b.append(md ? "\n## Environment\n\n" : "\nEnvironment (* = differs)\n");
        TextTable env = environmentTable(c.environments());
        b.append(md ? env.markdown() : env.text());
        if (!c.environments().commonFlags().isEmpty()) {
            b.append(md ? "\nJVM flags common to all runs: `" : "  common flags: ").append(c.environments().commonFlags())
                    .append(md ? "`\n" : "\n");
        }
        if (!c.environments().warnings().isEmpty()) {
            b.append(md ? "\n## Warnings\n\n" : "\nWarnings\n");
            c.environments().warnings().forEach(w -> b.append(md ? "- " : "  ! ").append(w).append('\n'));
        }
        b.append(md ? "\n## Comparison\n\n" : "\nComparison\n");
        TextTable rows = rowTable(c.rows());
        b.append(md ? rows.markdown() : rows.text());
        b.append('\n').append(METHOD).append('\n');
        return b.toString();
    }

    static TextTable environmentTable(EnvironmentDiff env) {
        List<String> headers = new ArrayList<>(List.of(""));
        headers.addAll(env.labels());
        List<List<String>> rows = new ArrayList<>();
        env.values().forEach((k, v) -> {
            List<String> row = new ArrayList<>(List.of(env.differing().contains(k) ? k + " *" : k));
            row.addAll(v);
            rows.add(row);
        });
        return new TextTable(headers, rows, Set.of());
    }

    static TextTable rowTable(List<PairedRow> paired) {
        List<String> headers = List.of("module", "case", "params", "metric", "run", "p50", "95% CI", "p99", "p99.9",
                "x floor", "change", "p99 chg", "p99.9 chg", "verdict");
        return new TextTable(headers, cells(paired), Set.of(5, 7, 8, 9, 10, 11, 12));
    }

    /** The printed cells of each paired row, in the table's column order. */
    public static List<List<String>> cells(List<PairedRow> paired) {
        List<List<String>> rows = new ArrayList<>();
        for (PairedRow r : paired) {
            rows.add(List.of(r.module(), r.caseName(), r.params(), r.metric(), r.run(), value(r.p50(), r.unit()),
                    r.ciLow() == null ? "" : "[" + value(r.ciLow(), r.unit()) + ", " + value(r.ciHigh(), r.unit()) + "]",
                    value(r.p99(), r.unit()), value(r.p999(), r.unit()),
                    r.floorMultiple() == null ? "" : String.format(Locale.ROOT, "%.1fx", r.floorMultiple()),
                    pct(r.changePct()), pct(r.changeP99Pct()), pct(r.changeP999Pct()), r.verdictText()));
        }
        return rows;
    }

    private static String value(Double v, String unit) {
        return v == null ? "" : Units.of(v, unit);
    }

    public static String pct(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%+.1f%%", v);
    }

    private static String csv(Comparison c) {
        StringBuilder b = new StringBuilder("module,case,params,metric,unit,run,runId,p50,ciLow,ciHigh,p99,p999,"
                + "floorMultiple,changePct,changeP99Pct,changeP999Pct,pValue,samples,verdict\n");
        for (PairedRow r : c.rows()) {
            StringJoiner j = new StringJoiner(",");
            String runId = c.runs().get(c.labels().indexOf(r.run())).runId();
            for (Object v : new Object[] {r.module(), r.caseName(), r.params(), r.metric(), r.unit(), r.run(), runId,
                    r.p50(), r.ciLow(), r.ciHigh(), r.p99(), r.p999(), r.floorMultiple(), r.changePct(), r.changeP99Pct(),
                    r.changeP999Pct(), r.pValue(), r.samples(), r.verdict().name().toLowerCase(Locale.ROOT)}) {
                j.add(v == null ? "" : String.valueOf(v));
            }
            b.append(j).append('\n');
        }
        return b.toString();
    }

    private static String json(Comparison c) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, String>> runs = new ArrayList<>();
        for (int i = 0; i < c.runs().size(); i++) {
            runs.add(Map.of("label", c.labels().get(i), "runId", c.runs().get(i).runId(),
                    "dir", c.runs().get(i).dir().toString()));
        }
        root.put("runs", runs);
        root.put("environment", c.environments().values());
        root.put("differing", c.environments().differing());
        root.put("commonFlags", c.environments().commonFlags());
        root.put("warnings", c.environments().warnings());
        root.put("method", METHOD);
        root.put("rows", c.rows());
        try {
            return Json.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("comparison cannot be written as JSON", e);
        }
    }
}
