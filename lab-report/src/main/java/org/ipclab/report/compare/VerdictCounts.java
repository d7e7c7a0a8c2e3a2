package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipclab.report.compare.PairedRow.Verdict;

/** The summary line per module and side: how many rows came out faster, slower, same, inconclusive, bimodal. */
public final class VerdictCounts {
    private static final List<Verdict> COUNTED = List.of(Verdict.BETTER, Verdict.WORSE, Verdict.SAME, Verdict.INCONCLUSIVE,
            Verdict.BIMODAL, Verdict.PLACEMENT_DIFFERS);

    private VerdictCounts() {
    }

    /** e.g. {@code queue B vs A: 2 faster/better, 1 slower/worse, 30 same, 4 inconclusive, 0 bimodal}. */
    public static List<String> lines(Comparison c) {
        Map<String, Map<Verdict, Integer>> counts = new LinkedHashMap<>();
        for (PairedRow r : c.rows()) {
            if (COUNTED.contains(r.verdict())) {
                counts.computeIfAbsent(r.module() + " " + r.run() + " vs " + c.labels().get(0), k -> new LinkedHashMap<>())
                        .merge(r.verdict(), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            StringBuilder b = new StringBuilder(key).append(": ")
                    .append(n.getOrDefault(Verdict.BETTER, 0)).append(" faster/better, ")
                    .append(n.getOrDefault(Verdict.WORSE, 0)).append(" slower/worse, ")
                    .append(n.getOrDefault(Verdict.SAME, 0)).append(" same, ")
                    .append(n.getOrDefault(Verdict.INCONCLUSIVE, 0)).append(" inconclusive, ")
                    .append(n.getOrDefault(Verdict.BIMODAL, 0)).append(" bimodal");
            if (n.containsKey(Verdict.PLACEMENT_DIFFERS)) {
                b.append(", ").append(n.get(Verdict.PLACEMENT_DIFFERS)).append(" placement-differs");
            }
            out.add(b.toString());
        });
        return out;
    }
}
