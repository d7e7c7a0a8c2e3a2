package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.stats.Direction;
import org.ipclab.report.stats.RandomEffects;

/**
 * One summary line per module and side: the geometric mean of the rows' cost ratios of centres (side ÷
 * baseline for times, baseline ÷ side for rates), so +10% means "10% more costly on average" whatever the
 * unit, each row weighted by the precision of its own change and with a 95% interval over the rows
 * ({@link RandomEffects}): rows that agree settle it by their precision, rows that disagree count more alike.
 */
final class GeometricMean {
    private GeometricMean() {
    }

    static List<PairedRow> rows(List<PairedRow> moduleRows, List<String> labels) {
        List<PairedRow> out = new ArrayList<>();
        for (String label : labels.subList(1, labels.size())) {
            ModuleChange m = change(moduleRows, label);
            if (m != null) {
                out.add(new PairedRow(m.module(), "geomean", "", "cost", "ratio", label, null, null, null, null, null,
                        m.changePct(), m.lowPct(), m.highPct(), null, null, null, m.rowChangesPct().size(), 0, 0, null, null, null,
                        List.of(), null, Verdict.GEOMEAN, m.note(), null, null));
            }
        }
        return out;
    }

    /** The side's change over the module's rows, or null when no row carries one (too few forks, no time or rate). */
    static ModuleChange change(List<PairedRow> moduleRows, String label) {
        List<Double> logs = new ArrayList<>();
        List<Double> ses = new ArrayList<>();
        List<double[]> intervals = new ArrayList<>();
        int placed = 0;
        for (PairedRow r : moduleRows) {
            if (!r.run().equals(label) || r.changePct() == null || !("ns".equals(r.unit()) || r.unit().endsWith("/s"))) {
                continue;
            }
            if (r.verdict() == Verdict.BIMODAL || r.verdict() == Verdict.PLACEMENT_DIFFERS) {
                placed++; // a change between clusters or placements is where processes ran, not what they ran
                continue;
            }
            if ("bytes/s".equals(r.unit()) || r.forks() < RowEffect.MIN_FORKS
                    || r.baselineForks() == null || r.baselineForks() < RowEffect.MIN_FORKS) {
                continue; // bytes/s is the msgs/s row again; too few forks carry no change worth averaging
            }
            Direction direction = Direction.of(r.unit());
            double ratio = direction.costRatio(1, 1 + r.changePct() / 100);
            if (ratio > 0 && Double.isFinite(ratio)) {
                logs.add(Math.log(ratio));
                ses.add(r.changeLogSe() == null ? Double.NaN : r.changeLogSe());
                intervals.add(costInterval(direction, r));
            }
        }
        if (logs.isEmpty()) {
            return null;
        }
        String module = moduleRows.get(0).module();
        List<Double> rowChanges = logs.stream().map(GeometricMean::pct).toList();
        if (logs.size() == 1) {
            // Nothing to pool: the one row is the module, with its own interval rather than a bare figure.
            double[] own = intervals.get(0);
            return new ModuleChange(module, label, rowChanges.get(0), own == null ? null : own[0], own == null ? null : own[1],
                    rowChanges, false, placed);
        }
        RandomEffects pooled = RandomEffects.of(logs.stream().mapToDouble(d -> d).toArray(),
                ses.stream().mapToDouble(d -> d).toArray());
        return new ModuleChange(module, label, pct(pooled.mean()), pct(pooled.low()), pct(pooled.high()), rowChanges,
                pooled.weighted(), placed);
    }

    /** A row's 95% interval as a change of cost in percent (a rate's turned over), or null where it has none. */
    private static double[] costInterval(Direction direction, PairedRow r) {
        if (r.changeLowPct() == null || r.changeHighPct() == null) {
            return null;
        }
        double a = (direction.costRatio(1, 1 + r.changeLowPct() / 100) - 1) * 100;
        double b = (direction.costRatio(1, 1 + r.changeHighPct() / 100) - 1) * 100;
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }

    private static double pct(double log) {
        return (Math.exp(log) - 1) * 100;
    }
}
