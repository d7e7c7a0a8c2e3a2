package org.ipclab.report;

import java.util.Set;
import java.util.stream.Collectors;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.Side;

/** Sides that share no row with the baseline have nothing to compare: usually the wrong folder was named. */
final class CommonRows {
    private CommonRows() {
    }

    /** A message naming the first side with no row in common with the baseline, or null when all share some. */
    static String missing(Comparison c) {
        Set<String> base = keys(c.sides().get(0));
        for (Side side : c.sides().subList(1, c.sides().size())) {
            if (keys(side).stream().noneMatch(base::contains)) {
                return "side " + side.label() + " (" + side.dirs() + ") has no row in common with baseline "
                        + c.sides().get(0).label() + " (" + c.sides().get(0).dirs() + "); expected runs of the same suite";
            }
        }
        return null;
    }

    private static Set<String> keys(Side side) {
        return side.folders().stream().flatMap(f -> f.rows().stream()).map(m -> m.key()).collect(Collectors.toSet());
    }
}
