package org.ipclab.report.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.ipclab.core.Json;
import org.ipclab.core.run.Format;
import org.ipclab.report.stats.Resolution;

/**
 * Writes a comparison as aligned text, Markdown, CSV (raw numbers), JSON, Go benchmark lines for
 * benchstat, or the JSON github-action-benchmark tracks ({@code github}).
 */
public enum ComparisonFormat {
    text, markdown, csv, json, benchstat, github;

    /** How to read the table, given the comparison's equivalence band. */
    public static String method(Comparison c) {
        return "Baseline A; the fork (a fresh case JVM with fresh peers) is the unit. centre = median of the forks' "
                + "centres (a fork's centre: p50 for latency, throughput for rates, else the mean); change = ratio of the "
                + "geometric means of the fork centres - 1; 95% CI and p = Welch's t over the logs of the fork centres (the two "
                + "sides of one two-sided run: Student's t over the twins' log ratios, where an F test at "
                + Format.si(Twins.ROUNDS_PRETEST_ALPHA * 100) + "% finds the rounds moved the twins together), p "
                + "Benjamini-Hochberg adjusted per side (calibration rows excluded); faster/slower = whole CI outside ±" + Format.si(c.thresholdPct())
                + "% and p < " + VerdictRule.ALPHA + "; same = whole CI inside ±" + Format.si(c.thresholdPct())
                + "%; inconclusive otherwise or with < " + RowEffect.MIN_FORKS + " forks a side; bimodal = a side's forks (twins: "
                + "their ratios, unless all on one side of 1) jump by more than ×1.5 between neighbours (clusters shown instead); x floor = RTT / the run's own calibrated floor; "
                + "x C = centre / the centre of the same row measured in C (module c) in the same run; resolves = the smallest "
                + "change these forks would call " + Resolution.POWER_PCT + "% of the time at their spread (and the forks a side "
                + Comparison.REFERENCE_CHANGE_PCT + "% would need when they cannot); geomean = the module's rows' cost changes "
                + "(time, or 1/rate) pooled, each weighted by its precision (random effects), bimodal and differently placed rows left out.";
    }

    public String render(Comparison c) {
        return switch (this) {
            case text -> sections(c, false);
            case markdown -> sections(c, true);
            case csv -> csv(c);
            case json -> json(c);
            case benchstat -> BenchstatFormat.of(c);
            case github -> TrackerJson.of(c);
        };
    }

    private static String sections(Comparison c, boolean md) {
        StringBuilder b = new StringBuilder();
        b.append(md ? "## Runs\n\n" : "Runs\n");
        for (Side side : c.sides()) {
            b.append(md ? "- " : "  ").append(side.label()).append("  ").append(side.runIds())
                    .append("  (").append(side.dirs()).append(')').append(side == c.sides().get(0) ? "  baseline" : "").append('\n');
        }
        for (String note : c.interleavingNotes()) {
            b.append(md ? "\n" : "  ").append(note).append('\n');
        }
        b.append(md ? "\n## Environment\n\n" : "\nEnvironment (* = differs)\n");
        TextTable env = environmentTable(c.environments());
        b.append(md ? env.markdown() : env.text());
        c.environments().common().forEach((row, shared) -> b.append(md
                ? "\n" + EnvironmentDiff.itemsName(row) + " common to all runs: `" + shared + "`\n"
                : "  common " + row + ": " + shared + "\n"));
        if (!c.environments().warnings().isEmpty()) {
            b.append(md ? "\n## Warnings\n\n" : "\nWarnings\n");
            c.environments().warnings().forEach(w -> b.append(md ? "- " : "  ! ").append(w).append('\n'));
        }
        b.append(md ? "\n## Comparison\n\n" : "\nComparison\n");
        TextTable rows = rowTable(c.rows());
        b.append(md ? rows.markdown() : rows.text());
        b.append(md ? "\n## Summary\n\n" : "\nSummary\n");
        VerdictCounts.lines(c).forEach(l -> b.append(md ? "- " : "  ").append(l).append('\n'));
        ResolutionLines.lines(c).forEach(l -> b.append(md ? "- " : "  ").append(l).append('\n'));
        b.append('\n').append(method(c)).append('\n');
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
        return new TextTable(HEADERS, cells(paired), Set.of(5, 6, 7, 8, 9, 10, 11, 12, 14));
    }

    public static final List<String> HEADERS = List.of("module", "case", "params", "metric", "run", "centre", "change",
            "95% CI of change", "p (BH)", "p99", "p99.9", "x floor", "x C", "forks", "resolves", "verdict");

    /** The printed cells of each paired row, in the order of {@link #HEADERS}. */
    public static List<List<String>> cells(List<PairedRow> paired) {
        List<List<String>> rows = new ArrayList<>();
        for (PairedRow r : paired) {
            rows.add(List.of(r.module(), r.caseName(), r.params(), r.metric(), r.run(), value(r.centre(), r.unit()),
                    pct(r.changePct()), r.changeLowPct() == null && r.changeHighPct() == null ? ""
                            : "[" + bound(r.changeLowPct(), "-") + ", " + bound(r.changeHighPct(), "+") + "]",
                    p(r.pValue()), value(r.p99(), r.unit()), value(r.p999(), r.unit()),
                    multiple(r.floorMultiple()), multiple(r.cMultiple()),
                    r.forksText(), resolves(r), r.verdictText()));
        }
        return rows;
    }

    /** {@code ±6%}, or {@code ±14% (10%: 23 forks)} when the row's forks cannot yet resolve the reference change. */
    private static String resolves(PairedRow r) {
        if (r.resolvesPct() == null) {
            return "";
        }
        String text = "±" + Format.wholePercent(r.resolvesPct());
        if (r.resolvesPct() <= Comparison.REFERENCE_CHANGE_PCT) {
            return text;
        }
        String more = r.forksFor10Pct() != null ? r.forksFor10Pct() + " forks"
                : r.note() != null && r.note().contains(RowEffect.RUNS_DIFFER) ? "more runs" : "-";
        return text + " (" + Comparison.REFERENCE_CHANGE_PCT + "%: " + more + ")";
    }

    private static String multiple(Double ratio) {
        return ratio == null ? "" : Format.multiple(ratio);
    }

    private static String value(Double v, String unit) {
        return v == null ? "" : Format.inUnit(v, unit);
    }

    /** An interval end with no finite percentage (from zero) is unbounded. */
    private static String bound(Double v, String sign) {
        return v == null ? sign + "∞" : pct(v);
    }

    static String p(Double p) {
        return p == null ? "" : Format.pValue(p);
    }

    public static String pct(Double v) {
        return v == null ? "" : Format.signedPercent(v);
    }

    private static String csv(Comparison c) {
        StringBuilder b = new StringBuilder("module,case,params,metric,unit,run,runId,centre,changePct,changeLowPct,"
                + "changeHighPct,pAdjusted,p99,p999,floorMultiple,cMultiple,changeP99Pct,forks,failedForks,baselineForks,"
                + "baselineFailedForks,verdict,note,disturbedForks,baselineDisturbedForks,resolvesPct,forksFor10Pct\n");
        for (PairedRow r : c.rows()) {
            StringJoiner j = new StringJoiner(",");
            String runId = c.sides().get(c.labels().indexOf(r.run())).runIds();
            for (Object v : new Object[] {r.module(), r.caseName(), r.params(), r.metric(), r.unit(), r.run(), runId,
                    r.centre(), r.changePct(), r.changeLowPct(), r.changeHighPct(), r.pValue(), r.p99(), r.p999(),
                    r.floorMultiple(), r.cMultiple(), r.changeP99Pct(), r.forks(), r.failedForks(), r.baselineForks(),
                    r.baselineFailedForks(), r.verdict().word(r.unit()), r.note(), r.disturbedForks(), r.baselineDisturbedForks(),
                    r.resolvesPct(), r.forksFor10Pct()}) {
                j.add(v == null ? "" : csvField(String.valueOf(v)));
            }
            b.append(j).append('\n');
        }
        return b.toString();
    }

    private static String csvField(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String json(Comparison c) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        for (Side side : c.sides()) {
            runs.add(Map.of("label", side.label(), "runId", side.runIds(),
                    "dir", side.first().dir().toString(), "dirs", side.folders().stream().map(f -> f.dir().toString()).toList()));
        }
        root.put("runs", runs);
        root.put("environment", c.environments().values());
        root.put("differing", c.environments().differing());
        root.put("commonFlags", c.environments().commonFlags());
        root.put("commonLibraries", c.environments().commonLibraries());
        root.put("warnings", c.environments().warnings());
        root.put("thresholdPct", c.thresholdPct());
        root.put("summary", VerdictCounts.lines(c));
        root.put("resolution", ResolutionLines.lines(c));
        root.put("method", method(c));
        root.put("rows", c.rows());
        try {
            return Json.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("comparison cannot be written as JSON", e);
        }
    }
}
