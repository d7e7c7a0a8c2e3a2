package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.run.Format;
import org.ipclab.report.compare.PairedRow.Verdict;

/**
 * A warning for each module that moved as a whole when a side is a single run: its geomean beyond the band,
 * its interval clear of zero. A module geomean's interval is over its rows, and a host that ran faster or
 * slower during one whole run moves every row alike: two quick runs of one commit back to back here differed
 * by +2.6% to +6.9% per module, intervals clear of zero, the second run 7% longer as a whole; on another day
 * c by +23% (its three spawn rows +14% to +34%) and queue by +10%, 6 min 21 s and 6 min 43 s. Only runs taken
 * in turn (A B A B, then {@code compare a1,a2 b1,b2}), or the two sides of one run that alternated them fork by fork
 * ({@code run-suite.sh --vs-java/--vs-jvm-arg}), tell such a drift from a change.
 */
final class WholeRunShift {
    /** The largest whole-module shift seen between two back-to-back runs of one commit (quick, c, +23.3%). */
    static final double SEEN_PCT = 23;

    private WholeRunShift() {
    }

    static List<String> warnings(List<Side> sides, List<PairedRow> rows, double thresholdPct) {
        if (sides.stream().noneMatch(s -> s.folders().size() == 1) || InterleavedSides.of(sides)) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        for (PairedRow r : rows) {
            boolean clearOfZero = r.changeLowPct() != null && r.changeHighPct() != null
                    && (r.changeLowPct() > 0 || r.changeHighPct() < 0);
            if (r.verdict() != Verdict.GEOMEAN || !clearOfZero || Math.abs(r.changePct()) <= thresholdPct) {
                continue;
            }
            warnings.add(r.module() + " moved " + Format.signedPercent(r.changePct()) + " [" + Format.signedPercent(r.changeLowPct())
                    + ", " + Format.signedPercent(r.changeHighPct()) + "] as a whole in run " + r.run() + " with one run on a side:"
                    + " a host faster or slower during a whole run moves every row alike (by up to " + Format.wholePercent(SEEN_PCT)
                    + " between two runs of one commit on a 2-vCPU VM); run the sides in turn (A B A B) and compare a1,a2 b1,b2"
                    + " before taking such a shift for a change");
        }
        return warnings;
    }
}
