package org.ipclab.report.compare;

import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.stats.Direction;
import org.ipclab.report.stats.ForkRatio;

/**
 * Turns a row's ratio interval and adjusted p-value into a verdict against an equivalence band of
 * ±threshold (in ratio terms [1/(1+t), 1+t], so a rate and the matching time get the same band):
 * a change only when the whole interval is outside the band on one side and the adjusted p is below
 * {@value #ALPHA}; same when the whole interval is inside; inconclusive otherwise. A row can thus be
 * "inconclusive" with a large point change: the forks did not agree enough to say.
 */
final class VerdictRule {
    static final double ALPHA = 0.05;

    private VerdictRule() {
    }

    static Verdict decide(ForkRatio ratio, double adjustedP, double thresholdPct, String unit) {
        double high = 1 + thresholdPct / 100;
        double low = 1 / high;
        if (ratio.low() >= low && ratio.high() <= high) {
            return Verdict.SAME;
        }
        boolean up = ratio.low() > high;
        boolean down = ratio.high() < low;
        if (!(adjustedP < ALPHA) || !(up || down)) {
            return Verdict.INCONCLUSIVE;
        }
        return Direction.of(unit).worsening(up ? 1 : -1) > 0 ? Verdict.WORSE : Verdict.BETTER;
    }
}
