package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.stats.Direction;
import org.ipclab.report.stats.ForkRatio;

/**
 * One summary line per module and side: the geometric mean of the rows' cost ratios of centres (side ÷
 * baseline for times, baseline ÷ side for rates), so +10% means "10% more costly on average" whatever the
 * unit, with a t interval over the rows saying how much the rows agree on it.
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
                        m.changePct(), m.lowPct(), m.highPct(), null, null, m.rowChangesPct().size(), 0, 0, null, null, null,
                        List.of(), null, Verdict.GEOMEAN, m.note(), null, null));
            }
        }
        return out;
    }

    /** The side's change over the module's rows, or null when no row carries one (too few forks, no time or rate). */
    static ModuleChange change(List<PairedRow> moduleRows, String label) {
        List<Double> logs = new ArrayList<>();
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
            double ratio = Direction.of(r.unit()).costRatio(1, 1 + r.changePct() / 100);
            if (ratio > 0 && Double.isFinite(ratio)) {
                logs.add(Math.log(ratio));
            }
        }
        if (logs.isEmpty()) {
            return null;
        }
        int n = logs.size();
        double mean = logs.stream().mapToDouble(d -> d).average().orElseThrow();
        Double low = null;
        Double high = null;
        if (n >= 2) {
            double sd = Math.sqrt(logs.stream().mapToDouble(l -> (l - mean) * (l - mean)).sum() / (n - 1));
            double half = TDistribution.of(n - 1).inverseSurvivalProbability((1 - ForkRatio.CONFIDENCE) / 2) * sd / Math.sqrt(n);
            low = pct(mean - half);
            high = pct(mean + half);
        }
        return new ModuleChange(moduleRows.get(0).module(), label, pct(mean), low, high,
                logs.stream().map(GeometricMean::pct).toList(), placed);
    }

    private static double pct(double log) {
        return (Math.exp(log) - 1) * 100;
    }
}
