package org.ipclab.report.compare;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ipclab.core.CRatio;
import org.ipclab.core.Median;
import org.ipclab.core.ResultRow;
import org.ipclab.core.run.Format;
import org.ipclab.core.schema.Calibration;
import org.ipclab.core.schema.Unit;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.read.MeasuredRow;
import org.ipclab.report.stats.ForkRatio;

/** The lines of one paired row: the baseline's, then each other side's with its fork-level effect. */
final class PairedRows {
    private PairedRows() {
    }

    /** Adds one line per side that has the row, and its effect (null where nothing is tested) in step. */
    static void add(List<List<MeasuredRow>> set, List<Side> sides, boolean keepDisturbed, List<PairedRow> lines,
                    List<RowEffect> effects) {
        List<MeasuredRow> base = set.get(0);
        SideForks baseForks = SideForks.of(base, keepDisturbed);
        for (int s = 0; s < set.size(); s++) {
            List<MeasuredRow> rows = set.get(s);
            if (rows.isEmpty()) {
                continue;
            }
            Side side = sides.get(s);
            SideForks forks = SideForks.of(rows, keepDisturbed);
            RowEffect effect = null;
            String note = "";
            Verdict verdict;
            if (rows.stream().noneMatch(m -> m.row().ok())) {
                verdict = Verdict.NOT_MEASURED;
                note = statusNote(rows.get(0).row());
            } else if (s == 0) {
                verdict = Verdict.BASELINE;
            } else if (base.stream().noneMatch(m -> m.row().ok())) {
                verdict = Verdict.ONLY_HERE;
                note = base.isEmpty() ? "not in baseline " + sides.get(0).label()
                        : "baseline " + sides.get(0).label() + " " + statusNote(base.get(0).row());
            } else {
                effect = RowEffect.of(baseForks, forks, rows.get(0).row().unit().text());
                verdict = Verdict.INCONCLUSIVE;
            }
            lines.add(line(rows, forks, side, verdict, note, effect, s == 0 ? null : base, keepDisturbed));
            effects.add(effect);
        }
    }

    /** @param all every fork of the side's rows; the effect's are those compared (like placement with like) */
    private static PairedRow line(List<MeasuredRow> rows, SideForks all, Side side, Verdict verdict, String note,
                                  RowEffect effect, List<MeasuredRow> base, boolean keepDisturbed) {
        ResultRow first = rows.get(0).row();
        boolean measured = verdict != Verdict.NOT_MEASURED;
        SideForks own = effect != null ? effect.b() : all;
        Double centre = measured && own.size() > 0 ? Median.ofPresent(own.centreList()) : null;
        Double p99 = Median.ofPresent(rows.stream().map(m -> m.row().p99() == null ? null : m.row().p99().doubleValue()).toList());
        Double p999 = Median.ofPresent(rows.stream().map(m -> m.row().p999() == null ? null : m.row().p999().doubleValue()).toList());
        boolean rtt = "rtt".equals(first.metric()) && first.unit() == Unit.NS && !Calibration.MODULE.equals(first.module());
        OptionalDouble floor = Comparison.floor(side);
        Double multiple = rtt && floor.isPresent() && centre != null ? centre / floor.getAsDouble() : null;
        Double change = null;
        Double low = null;
        Double high = null;
        Double logSe = null;
        Double changeP99 = null;
        if (effect != null) {
            change = finitePct(effect.ratio());
            ForkRatio ci = effect.interval();
            low = ci == null ? null : finitePct(ci.low());
            high = ci == null ? null : finitePct(ci.high());
            logSe = ci == null ? null : ci.logSe();
            Double baseP99 = Median.ofPresent(base.stream().map(m -> m.row().p99() == null ? null : m.row().p99().doubleValue()).toList());
            changeP99 = baseP99 == null || p99 == null ? null : Comparison.percent(baseP99, p99);
        }
        SideForks baseForks = effect != null ? effect.a() : null;
        return new PairedRow(first.module(), first.caseName(), first.params().toString(), first.metric(), first.unit().text(), side.label(),
                centre, p99, p999, multiple, cMultiple(first, centre, own, side, keepDisturbed), change, low, high, logSe, changeP99, null,
                own.size(), all.failed(), all.disturbed(), baseForks == null ? null : baseForks.size(),
                baseForks == null ? null : baseForks.failed(), baseForks == null ? null : baseForks.disturbed(),
                own.centreList(), baseForks == null ? null : baseForks.centreList(), verdict, note, null, null);
    }

    /**
     * The Java/C ratio of centres, where the side has the row's C twin measured (its centre taken as the
     * row's is) under the same observed placements as the row's forks ({@link CRatio#placedAlike}).
     */
    private static Double cMultiple(ResultRow row, Double centre, SideForks forks, Side side, boolean keepDisturbed) {
        if (centre == null || row.unit() != Unit.NS) {
            return null;
        }
        List<MeasuredRow> twin = side.folders().stream().flatMap(f -> f.rows().stream())
                .filter(m -> CRatio.mirrors(m.row(), row)).toList();
        SideForks twinForks = twin.isEmpty() ? null : SideForks.of(twin, keepDisturbed);
        if (twinForks == null || !CRatio.placedAlike(known(forks), known(twinForks))) {
            return null;
        }
        Double cCentre = Median.ofPresent(twinForks.centreList());
        OptionalDouble ratio = cCentre == null ? OptionalDouble.empty() : CRatio.ratio(centre, cCentre);
        return ratio.isPresent() ? ratio.getAsDouble() : null;
    }

    /** A side pinned by its run ran where it was put; else where its forks were seen to run. */
    private static Set<String> known(SideForks forks) {
        return (forks.pinned() ? forks.pinnedTo() : forks.placementSet()).stream().filter(CRatio::knownPlacement).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A row's status as a note; over capacity says what the channel achieved, a finding in itself. */
    private static String statusNote(ResultRow row) {
        return row.overCapacity() && row.throughput() != null
                ? row.status() + " (achieved " + Format.inUnit(row.throughput(), row.unit().text()) + ")" : row.status().toString();
    }

    private static Double finitePct(double ratio) {
        double pct = (ratio - 1) * 100;
        return Double.isFinite(pct) ? pct : null;
    }
}
