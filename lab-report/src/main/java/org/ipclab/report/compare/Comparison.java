package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ipclab.core.schema.Calibration;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.read.MeasuredRow;
import org.ipclab.report.read.RunFolder;
import org.ipclab.report.stats.Direction;
import org.ipclab.report.stats.ForkRatio;
import org.ipclab.report.stats.Resolution;

/**
 * Pairs the rows of several sides (each one or more run folders, forks pooled) by module, case, params and
 * metric and compares each side with the first (the baseline) fork by fork: centres, the change with its
 * interval, a verdict under false-discovery control, and a geometric mean per module; plus the
 * environments side by side with their warnings.
 */
public record Comparison(List<Side> sides, List<PairedRow> rows, EnvironmentDiff environments, double thresholdPct,
                         boolean disturbedCounted) {
    public static final double DEFAULT_THRESHOLD_PCT = 3;
    /** The change a comparison is meant to catch: each row says how many forks a side it would take at its spread. */
    public static final int REFERENCE_CHANGE_PCT = 10;

    /** Each folder its own side. */
    public static Comparison of(List<RunFolder> runs) {
        return ofSides(runs.stream().map(List::of).toList(), DEFAULT_THRESHOLD_PCT);
    }

    public static Comparison ofSides(List<List<RunFolder>> folders, double thresholdPct) {
        return ofSides(folders, thresholdPct, DisturbedForks.TWINS_ONLY);
    }

    /** @param disturbed whether forks the runner flagged as disturbed count */
    public static Comparison ofSides(List<List<RunFolder>> folders, double thresholdPct, DisturbedForks disturbed) {
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            sides.add(new Side(label(i), folders.get(i)));
        }
        boolean keepDisturbed = disturbed.counted(sides);
        // Module by module (in first-seen order), so each module's rows and its geometric mean stay together.
        Map<String, Map<String, List<List<MeasuredRow>>>> byModule = new LinkedHashMap<>();
        for (int s = 0; s < sides.size(); s++) {
            for (RunFolder run : sides.get(s).folders()) {
                for (MeasuredRow m : run.rows()) {
                    // Skipped and failed rows stay in, so "measured here, skipped there" is visible.
                    List<List<MeasuredRow>> set = byModule.computeIfAbsent(m.row().module(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(m.key(), k -> emptySets(sides.size()));
                    set.get(s).add(m);
                }
            }
        }
        List<PairedRow> rows = new ArrayList<>();
        List<RowEffect> effects = new ArrayList<>();
        List<Integer> moduleEnds = new ArrayList<>();
        for (Map<String, List<List<MeasuredRow>>> module : byModule.values()) {
            module.values().forEach(set -> PairedRows.add(set, sides, keepDisturbed, rows, effects));
            moduleEnds.add(rows.size());
        }
        List<PairedRow> decided = decide(rows, effects, sides, thresholdPct);
        // Each module's geomean follows its rows, from their verdicts (bimodal rows stay out of it).
        List<PairedRow> withGeomeans = new ArrayList<>();
        int start = 0;
        for (int end : moduleEnds) {
            List<PairedRow> moduleRows = decided.subList(start, end);
            withGeomeans.addAll(moduleRows);
            withGeomeans.addAll(GeometricMean.rows(moduleRows, labels(sides)));
            start = end;
        }
        List<RunFolder> firsts = sides.stream().map(Side::first).toList();
        return new Comparison(List.copyOf(sides), List.copyOf(withGeomeans),
                EnvironmentDiff.of(firsts, labels(sides), withGeomeans)
                        .withWarnings(WholeRunShift.warnings(sides, withGeomeans, thresholdPct)), thresholdPct, keepDisturbed);
    }

    /** What to say of sides whose forks ran back to back in one run ({@link InterleavedSides}); empty for others. */
    public List<String> interleavingNotes() {
        return InterleavedSides.notes(sides, rows, disturbedCounted);
    }

    private static List<List<MeasuredRow>> emptySets(int n) {
        List<List<MeasuredRow>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /**
     * Adjusts the raw p-values per compared side (one family: that side's rows against the baseline, the
     * calibration rows left out as they describe the machine, not the code) and gives each row its verdict.
     */
    private static List<PairedRow> decide(List<PairedRow> rows, List<RowEffect> effects, List<Side> sides, double thresholdPct) {
        List<PairedRow> out = new ArrayList<>(rows);
        for (Side side : sides.subList(1, sides.size())) {
            List<Integer> family = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (effects.get(i) != null && rows.get(i).run().equals(side.label()) && !Calibration.MODULE.equals(rows.get(i).module())) {
                    family.add(i);
                }
            }
            List<RowEffect> adjusted = RowEffect.adjusted(family.stream().map(effects::get).toList());
            for (int k = 0; k < family.size(); k++) {
                effects.set(family.get(k), adjusted.get(k));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            RowEffect e = effects.get(i);
            if (e == null) {
                continue;
            }
            PairedRow r = rows.get(i);
            ForkRatio interval = e.interval();
            // Over runs or over twins, the interval's own standard error and degrees of freedom say what it resolves.
            Double resolves = interval == null ? null : interval.overRuns() || interval.twins()
                    ? Resolution.smallestPct(interval.logSe(), interval.df(), thresholdPct)
                    : Resolution.smallestPct(interval.logSd(), e.a().size(), e.b().size(), thresholdPct);
            // Runs that differ beyond their forks are settled by more runs, not by more forks in them.
            OptionalInt forksFor = interval == null || interval.overRuns() ? OptionalInt.empty()
                    : Resolution.forksPerSide(interval.logSd(), REFERENCE_CHANGE_PCT, thresholdPct);
            out.set(i, r.decided(e.decide(thresholdPct, r.unit()), Double.isNaN(e.adjustedP()) ? null : e.adjustedP(), e.note(),
                    resolves, forksFor.isPresent() ? forksFor.getAsInt() : null));
        }
        return List.copyOf(out);
    }

    static String label(int i) {
        return String.valueOf((char) ('A' + i % 26)) + (i >= 26 ? i / 26 : "");
    }

    private static List<String> labels(List<Side> sides) {
        return sides.stream().map(Side::label).toList();
    }

    public List<String> labels() {
        return labels(sides);
    }

    /** Each module's change for each side against the baseline (modules in first-seen order), where its rows carry one. */
    public List<ModuleChange> moduleChanges() {
        Map<String, List<PairedRow>> byModule = new LinkedHashMap<>();
        rows.forEach(r -> byModule.computeIfAbsent(r.module(), k -> new ArrayList<>()).add(r));
        List<ModuleChange> changes = new ArrayList<>();
        for (List<PairedRow> moduleRows : byModule.values()) {
            for (String label : labels().subList(1, sides.size())) {
                ModuleChange change = GeometricMean.change(moduleRows, label);
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        return changes;
    }

    /** The first folder of each side: the one whose environment and charts stand for it. */
    public List<RunFolder> runs() {
        return sides.stream().map(Side::first).toList();
    }

    /** The change in percent; 0 from zero to zero, null from zero to anything else (no finite percentage). */
    static Double percent(double base, double other) {
        if (base == 0) {
            return other == 0 ? 0.0 : null;
        }
        double pct = (other - base) / base * 100;
        return Double.isFinite(pct) ? pct : null;
    }

    static OptionalDouble floor(Side side) {
        return side.first().floorRttNs();
    }

    /** Rows called slower (or worse) than the baseline by more than {@code percent}. */
    public List<PairedRow> regressions(double percent) {
        // A rise from zero (e.g. lost updates) has no percentage and exceeds any threshold.
        return rows.stream().filter(r -> r.verdict() == Verdict.WORSE && (r.changePct() == null
                || Direction.of(r.unit()).worsening(r.changePct()) > percent)).toList();
    }
}
