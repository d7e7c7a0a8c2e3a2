package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ipclab.core.Median;
import org.ipclab.core.run.Format;
import org.ipclab.report.read.RunFolder;
import org.ipclab.report.stats.Resolution;

/**
 * The summary line per module and side on how small a change its rows could call: the median row's
 * resolution and the forks a side its spread would need for {@value Comparison#REFERENCE_CHANGE_PCT}%.
 * Why: with few forks on a noisy machine most rows come out "inconclusive", and this says whether that is
 * the code or the forks.
 */
public final class ResolutionLines {
    private ResolutionLines() {
    }

    /** e.g. {@code queue B vs A: the median row resolves ±14% (80% power), ±10% with about 23 forks a side; 3 of 40 rows resolve ±10% now}. */
    public static List<String> lines(Comparison c) {
        return lines(c, r -> r.module() + " " + r.run() + " vs " + c.labels().get(0));
    }

    /**
     * What a comparison of this run with another like it (same forks, same spread) could resolve, module
     * by module: the run compared with itself, which pools each row's forks with themselves.
     */
    public static List<String> ofRun(RunFolder run) {
        return lines(Comparison.of(List.of(run, run)), PairedRow::module);
    }

    private static List<String> lines(Comparison c, Function<PairedRow, String> group) {
        Map<String, List<PairedRow>> groups = new LinkedHashMap<>();
        for (PairedRow r : c.rows()) {
            if (r.resolvesPct() != null) {
                groups.computeIfAbsent(group.apply(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<String> out = new ArrayList<>();
        int reference = Comparison.REFERENCE_CHANGE_PCT;
        groups.forEach((key, rows) -> {
            double resolves = Median.of(rows.stream().map(PairedRow::resolvesPct).toList());
            long enough = rows.stream().filter(r -> r.resolvesPct() <= reference).count();
            List<Double> needed = rows.stream()
                    .map(r -> r.forksFor10Pct() == null ? Double.POSITIVE_INFINITY : r.forksFor10Pct()).toList();
            double median = Median.of(needed);
            out.add(key + ": the median row resolves ±" + Format.wholePercent(resolves) + " (" + Resolution.POWER_PCT + "% power), ±"
                    + reference + "% with " + (Double.isFinite(median) ? "about " + Math.round(Math.ceil(median)) + " forks a side"
                    : "more forks than any run has") + "; " + enough + " of " + rows.size() + " rows resolve ±" + reference + "% now");
        });
        return out;
    }
}
