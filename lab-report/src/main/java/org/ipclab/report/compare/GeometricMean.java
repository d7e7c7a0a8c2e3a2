package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.stats.Direction;

/**
 * One summary line per module and side: the geometric mean of the rows' cost ratios of centres (side ÷
 * baseline for times, baseline ÷ side for rates), so +10% means "10% more costly on average" whatever the unit.
 */
final class GeometricMean {
    private GeometricMean() {
    }

    static List<PairedRow> rows(List<PairedRow> moduleRows, List<String> labels) {
        List<PairedRow> out = new ArrayList<>();
        for (String label : labels.subList(1, labels.size())) {
            double logSum = 0;
            int n = 0;
            int placed = 0;
            for (PairedRow r : moduleRows) {
                if (!r.run().equals(label) || r.changePct() == null
                        || !("ns".equals(r.unit()) || r.unit().endsWith("/s"))) {
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
                    logSum += Math.log(ratio);
                    n++;
                }
            }
            if (n > 0) {
                double change = (Math.exp(logSum / n) - 1) * 100;
                out.add(new PairedRow(moduleRows.get(0).module(), "geomean", "", "cost", "ratio", label, null, null, null, null, null,
                        change, null, null, null, null, n, 0, null, null, List.of(), null, Verdict.GEOMEAN,
                        "geomean over " + n + (n == 1 ? " row" : " rows") + " (time, or 1/rate)"
                                + (placed > 0 ? "; " + placed + " bimodal or differently placed left out" : "")));
            }
        }
        return out;
    }
}
