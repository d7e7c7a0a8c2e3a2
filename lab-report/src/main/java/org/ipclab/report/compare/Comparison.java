package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.read.MeasuredRow;
import org.ipclab.report.read.RunFolder;
import org.ipclab.report.stats.Direction;
import org.ipclab.report.stats.MedianInterval;
import org.ipclab.report.stats.ShiftTest;

/**
 * Pairs the rows of several runs by module, case, params and metric and compares each run with the
 * first (the baseline): medians with 95% intervals, tails, change, significance, and a geometric mean
 * per module; plus the environments side by side with their warnings.
 */
public record Comparison(List<RunFolder> runs, List<String> labels, List<PairedRow> rows, EnvironmentDiff environments) {

    public static Comparison of(List<RunFolder> runs) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            labels.add(String.valueOf((char) ('A' + i % 26)) + (i >= 26 ? i / 26 : ""));
        }
        // Module by module (in first-seen order), so each module's rows and its geometric mean stay together.
        Map<String, Map<String, MeasuredRow[]>> byModule = new LinkedHashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            for (MeasuredRow m : runs.get(r).rows()) {
                // Skipped and failed rows stay in, so "measured here, skipped there" is visible.
                byModule.computeIfAbsent(m.row().module(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(m.key(), k -> new MeasuredRow[runs.size()])[r] = m;
            }
        }
        List<PairedRow> rows = new ArrayList<>();
        for (Map<String, MeasuredRow[]> module : byModule.values()) {
            List<PairedRow> moduleRows = new ArrayList<>();
            module.values().forEach(set -> moduleRows.addAll(pair(set, runs, labels)));
            rows.addAll(moduleRows);
            rows.addAll(GeometricMean.rows(moduleRows, labels));
        }
        return new Comparison(runs, labels, List.copyOf(rows), EnvironmentDiff.of(runs, labels, rows));
    }

    private static List<PairedRow> pair(MeasuredRow[] set, List<RunFolder> runs, List<String> labels) {
        List<PairedRow> out = new ArrayList<>();
        MeasuredRow base = set[0];
        for (int r = 0; r < set.length; r++) {
            MeasuredRow m = set[r];
            if (m == null) {
                continue;
            }
            if (!m.row().ok()) {
                out.add(line(m, labels.get(r), runs.get(r).floorRttNs(), null, null, Verdict.NOT_MEASURED, m.row().status()));
            } else if (r == 0) {
                out.add(line(m, labels.get(r), runs.get(r).floorRttNs(), null, null, Verdict.BASELINE, ""));
            } else if (base == null || !base.row().ok()) {
                out.add(line(m, labels.get(r), runs.get(r).floorRttNs(), null, null, Verdict.ONLY_HERE,
                        base == null ? "not in baseline " + labels.get(0) : "baseline " + labels.get(0) + " " + base.row().status()));
            } else {
                ShiftTest test = ShiftTest.of(base.samples(), m.samples());
                // A change from zero has no percentage; its direction still decides a significant verdict.
                double difference = m.center() - base.center();
                double worse = Direction.of(m.row().unit()).worsening(difference);
                Verdict verdict = !test.enoughSamples() ? Verdict.TOO_FEW_SAMPLES
                        : !test.significant() ? Verdict.SAME : worse > 0 ? Verdict.WORSE : Verdict.BETTER;
                out.add(line(m, labels.get(r), runs.get(r).floorRttNs(), base, test, verdict, test.shortfall()));
            }
        }
        return out;
    }

    private static PairedRow line(MeasuredRow m, String label, OptionalDouble floor, MeasuredRow base, ShiftTest test,
                                  Verdict verdict, String note) {
        Optional<MedianInterval> ci = MedianInterval.of(m.samples());
        Double p99 = m.row().p99() == null ? null : m.row().p99().doubleValue();
        Double p999 = m.row().p999() == null ? null : m.row().p999().doubleValue();
        boolean rtt = "rtt".equals(m.row().metric()) && m.isLatency() && !"calibration".equals(m.row().module());
        Double multiple = rtt && floor.isPresent() ? m.center() / floor.getAsDouble() : null;
        Double change = base == null ? null : percent(base.center(), m.center());
        Double changeP99 = base == null || p99 == null || base.row().p99() == null ? null : percent(base.row().p99(), p99);
        Double changeP999 = base == null || p999 == null || base.row().p999() == null ? null : percent(base.row().p999(), p999);
        boolean measured = m.row().ok();
        Double p = test == null || !test.enoughSamples() ? null : test.pValue();
        return new PairedRow(m.row().module(), m.row().caseName(), m.row().params(), m.row().metric(), m.row().unit(), label,
                measured ? m.center() : null, ci.map(MedianInterval::low).orElse(null), ci.map(MedianInterval::high).orElse(null), p99, p999,
                multiple, change, changeP99, changeP999, p, m.samples().size(), verdict, note);
    }

    /** The change in percent; 0 from zero to zero, null from zero to anything else (no finite percentage). */
    static Double percent(double base, double other) {
        if (base == 0) {
            return other == 0 ? 0.0 : null;
        }
        double pct = (other - base) / base * 100;
        return Double.isFinite(pct) ? pct : null;
    }

    /** Rows significantly worse than the baseline by more than {@code percent}. */
    public List<PairedRow> regressions(double percent) {
        // A significant rise from zero (e.g. lost updates) has no percentage and exceeds any threshold.
        return rows.stream().filter(r -> r.verdict() == Verdict.WORSE && (r.changePct() == null
                || Direction.of(r.unit()).worsening(r.changePct()) > percent)).toList();
    }
}
