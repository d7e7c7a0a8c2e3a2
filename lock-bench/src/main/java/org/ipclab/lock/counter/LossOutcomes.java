package org.ipclab.lock.counter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A jcstress-style outcome table of lost updates: how many repetitions lost 0, 1-9, 10-99 ... updates,
 * each outcome marked acceptable, interesting (a race the racy baseline is expected to show) or
 * forbidden (a correct strategy lost an update).
 */
public final class LossOutcomes {

    /** One line of the table: the loss range, how often it occurred and what it means. */
    public record Outcome(String lost, long runs, double freq, String expect) implements Serializable {
    }

    private LossOutcomes() {
    }

    public static List<Outcome> table(List<Long> lostPerRun, boolean racy) {
        Map<Long, Long> byDecade = new TreeMap<>();
        lostPerRun.forEach(lost -> byDecade.merge(decade(lost), 1L, Long::sum));
        List<Outcome> table = new ArrayList<>();
        byDecade.forEach((low, runs) -> table.add(new Outcome(label(low), runs, (double) runs / lostPerRun.size(),
                low == 0 ? "acceptable" : racy ? "interesting" : "forbidden")));
        return table;
    }

    /** One line for the warnings: e.g. {@code lost 1000-9999: 3 of 5 runs (interesting)}. */
    public static String describe(List<Outcome> table, long total) {
        StringBuilder text = new StringBuilder();
        for (Outcome o : table) {
            text.append(text.isEmpty() ? "" : "; ").append("lost ").append(o.lost()).append(": ")
                    .append(o.runs()).append(" of ").append(total).append(" runs (").append(o.expect()).append(')');
        }
        return text.toString();
    }

    private static long decade(long lost) {
        if (lost <= 0) {
            return lost;
        }
        long low = 1;
        while (low * 10 <= lost) {
            low *= 10;
        }
        return low;
    }

    private static String label(long low) {
        return low <= 0 ? Long.toString(low) : low + "-" + (low * 10 - 1);
    }
}
