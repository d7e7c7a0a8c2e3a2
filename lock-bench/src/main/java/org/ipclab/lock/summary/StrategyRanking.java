package org.ipclab.lock.summary;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.run.Format;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.lock.counter.CounterCase;
import org.ipclab.lock.strategy.Strategies;

/**
 * The counter strategies ranked per thread count (and work, and process count across JVMs): best
 * throughput first, with ns/op and how many times slower than the best each one is. {@code none}
 * stands beside the ranking, never in it: without a lock its rate is not a result; a strategy whose
 * case failed is listed with its status instead of a rate; a rate made by threads that took the
 * counter in turns (almost no hand-off between them) is marked as such.
 */
public final class StrategyRanking {
    private static final String LINE = "    %-4s %-20s %16s %14s   %s%n";

    private final int cpus;

    public StrategyRanking(int cpus) {
        this.cpus = cpus;
    }

    /**
     * One counter case: its strategy, its measured rate, the first status that was not ok, and its
     * hand-off share where measured (threads that took turns made a rate that is not contention).
     */
    private record Entry(String strategy, Double throughput, String problem, Double handoffs) {
        static Entry of(List<ResultRow> caseRows) {
            String strategy = caseRows.get(0).params().get("strategy");
            Double rate = caseRows.stream().filter(r -> r.metric().equals("throughput") && r.ok())
                    .map(ResultRow::throughput).findFirst().orElse(null);
            String problem = ResultRow.firstProblem(caseRows).map(RowStatus::toString).orElse(rate == null ? "no throughput row" : null);
            Double handoffs = caseRows.stream().filter(r -> r.metric().equals("handoffs") && r.mean() != null)
                    .map(ResultRow::mean).findFirst().orElse(null);
            return new Entry(strategy, rate, problem, handoffs);
        }

        /** The rate's caveat when the threads took turns, else empty. */
        String turns() {
            return handoffs != null && handoffs < CounterCase.IN_TURNS
                    ? "  [in turns: " + CounterCase.handoffsInWords(handoffs) + ", not contention]" : "";
        }

        boolean ranked() {
            return problem == null && !strategy.equals(Strategies.NONE);
        }
    }

    public void print(List<ResultRow> rows, PrintStream out) {
        Map<Params, List<ResultRow>> byCase = new LinkedHashMap<>();
        rows.stream().filter(r -> r.caseName().equals("counter"))
                .forEach(r -> byCase.computeIfAbsent(r.params(), p -> new ArrayList<>()).add(r));
        Map<Contention, List<Entry>> groups = new TreeMap<>();
        byCase.forEach((params, caseRows) -> groups.computeIfAbsent(Contention.of(params),
                c -> new ArrayList<>()).add(Entry.of(caseRows)));
        if (groups.isEmpty()) {
            return;
        }
        out.println();
        out.println("lock: counter strategies ranked per thread count, best throughput first"
                + " (ns/op: time between two increments of the shared counter; ×: times slower than the best)");
        groups.forEach((contention, entries) -> printGroup(contention, entries, out));
    }

    private void printGroup(Contention contention, List<Entry> entries, PrintStream out) {
        out.println("  " + contention.label() + (contention.oversubscribed(cpus)
                ? "  [oversubscribed: " + contention.count() + " on " + cpus + " CPUs, the scheduler is in the numbers]"
                : ""));
        List<Entry> ranked = entries.stream().filter(Entry::ranked)
                .sorted(Comparator.comparingDouble(Entry::throughput).reversed()).toList();
        double best = ranked.isEmpty() ? 0 : ranked.get(0).throughput();
        for (int i = 0; i < ranked.size(); i++) {
            Entry e = ranked.get(i);
            out.printf(LINE, (i + 1) + ".", e.strategy(), Format.rate(e.throughput(), "ops/s"),
                    Figures.nsPerOp(e.throughput()), (i == 0 ? "best" : Figures.times(best, e.throughput())) + e.turns());
        }
        for (Entry e : entries) {
            if (e.ranked()) {
                continue;
            }
            boolean measured = e.throughput() != null;
            String why = e.problem() != null ? "not ranked: " + e.problem() : "not ranked: no lock (the racy baseline)";
            out.printf(LINE, "-", e.strategy().equals(Strategies.NONE) ? "none (no lock)" : e.strategy(),
                    measured ? Format.rate(e.throughput(), "ops/s") : "", measured ? Figures.nsPerOp(e.throughput()) : "",
                    why + e.turns());
        }
    }
}
