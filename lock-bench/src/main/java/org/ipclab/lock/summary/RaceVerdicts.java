package org.ipclab.lock.summary;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.lock.counter.CounterCase;
import org.ipclab.lock.strategy.Strategies;

/**
 * The invariants of a run in words: what {@code none} lost (a race, expected), whether any real
 * strategy lost an update (a broken lock, never expected), and the same for oversold tickets.
 */
public final class RaceVerdicts {
    private static final String BROKEN = "the lock is broken, its numbers are void";

    private RaceVerdicts() {
    }

    public static void print(List<ResultRow> rows, PrintStream out) {
        List<String> lines = new ArrayList<>();
        counter(rows, lines);
        tickets(rows, lines);
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println("lock: races and invariants");
        lines.forEach(line -> out.println("  " + line));
    }

    private static void counter(List<ResultRow> rows, List<String> lines) {
        int clean = 0;
        for (ResultRow row : measured(rows, "counter", "lost-updates")) {
            Params params = row.params();
            String strategy = params.get("strategy");
            String at = "at " + Contention.of(params).label();
            if (strategy.equals(Strategies.NONE)) {
                lines.add(noneLost(row, params, at));
            } else if (row.mean() > 0 || row.max() > 0) {
                lines.add(strategy + " LOST on average " + Figures.mean(row.mean()) + " updates " + at + " (worst "
                        + Figures.count(row.max()) + " over " + row.count() + " runs): " + BROKEN);
            } else {
                clean++;
            }
        }
        if (clean > 0) {
            lines.add("every locked counter kept its count: no lost update in " + clean + " case"
                    + (clean == 1 ? "" : "s"));
        }
    }

    private static String noneLost(ResultRow row, Params params, String at) {
        if (row.max() == 0) {
            return params.getInt("threads") == 1
                    ? "none (no lock) lost nothing " + at + ": one thread has no one to race"
                    : "none (no lock) lost nothing " + at + " in " + row.count()
                            + " runs: the race did not show this time";
        }
        long expected = (long) params.getInt("threads") * CounterCase.INCREMENTS;
        return "none (no lock) lost on average " + Figures.count(row.mean()) + " of " + Figures.count(expected)
                + " updates " + at + " (worst " + Figures.count(row.max()) + " over " + row.count()
                + " runs): a race, not a result";
    }

    private static void tickets(List<ResultRow> rows, List<String> lines) {
        List<String> neverOversold = new ArrayList<>();
        long sales = 0;
        for (ResultRow row : measured(rows, "tickets", "oversold")) {
            Params params = row.params();
            String strategy = params.get("strategy");
            String office = row.count() + " sales of " + params.get("tickets") + " tickets to " + params.get("buyers")
                    + " buyers";
            if (row.max() > 0) {
                boolean racy = strategy.equals(Strategies.NONE);
                lines.add("tickets: " + (racy ? "none (no lock) oversold" : strategy + " OVERSOLD") + " on average "
                        + Figures.mean(row.mean()) + " tickets per sale (worst " + row.max() + " over " + office + "): "
                        + (racy ? "a race, not a result" : BROKEN));
            } else {
                neverOversold.add(strategy);
                sales = row.count();
            }
        }
        if (!neverOversold.isEmpty()) {
            lines.add("tickets: never oversold under " + String.join(", ", neverOversold)
                    + " (" + sales + " sales each)");
        }
    }

    /** The case's rows of {@code metric} that carry numbers (a case that died has none). */
    private static List<ResultRow> measured(List<ResultRow> rows, String caseName, String metric) {
        return rows.stream().filter(r -> r.caseName().equals(caseName) && r.metric().equals(metric)
                && r.mean() != null && r.max() != null).toList();
    }
}
