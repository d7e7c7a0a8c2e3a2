package org.ipclab.core.run;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ipclab.core.CRatio;
import org.ipclab.core.CaseProvider;
import org.ipclab.core.Catalog;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord;
import org.ipclab.core.schema.Unit;

/**
 * The short table printed at the end of a run: case, metric, p50, p99, throughput, forks measured, the
 * Java/C ratio where the run measured the row's C twin ({@link CRatio}), status.
 */
final class EndTable {
    private EndTable() {
    }

    static void print(RunRecord record, PrintStream out) {
        String format = "%-58s %-12s %10s %10s %16s %6s %7s  %s%n";
        out.println();
        out.printf(format, "case", "metric", "p50", "p99", "throughput", "forks", "x C", "status");
        List<ResultRow> all = record.allRows();
        String module = null;
        for (RunRecord.CaseEntry entry : record.cases()) {
            for (ResultRow row : entry.rows()) {
                if (!row.module().equals(module)) {
                    module = row.module();
                    out.println("-- " + module);
                }
                String name = row.caseName() + (row.params().equals(Params.NONE) ? "" : " " + row.params());
                boolean latency = row.unit() == Unit.NS;
                out.printf(format, name, row.metric(),
                        latency ? Format.nanos(row.p50()) : countOrDash(row),
                        latency ? Format.nanos(row.p99()) : "-",
                        Format.rate(row.throughput(), row.unit().text()), forks(entry, row), cRatio(row, all, record), row.status());
            }
        }
        for (CaseProvider provider : Catalog.providers()) {
            List<ResultRow> rows = all.stream().filter(r -> r.module().equals(provider.module())).toList();
            if (!rows.isEmpty()) {
                provider.summarize(rows, out);
            }
        }
    }

    /** Forks that measured the row (a latency, or the rate achieved over capacity), of the forks run: {@code 2/3} when one failed. */
    private static String forks(RunRecord.CaseEntry entry, ResultRow row) {
        long measured = entry.forks().stream()
                .filter(f -> f.rows().stream().anyMatch(r -> r.metric().equals(row.metric()) && (r.ok() || r.overCapacity())))
                .count();
        return measured + "/" + entry.forks().size();
    }

    private static String cRatio(ResultRow row, List<ResultRow> all, RunRecord record) {
        OptionalDouble ratio = CRatio.of(row, all, r -> observedPlacements(record, r));
        return ratio.isPresent() ? Format.multiple(ratio.getAsDouble()) : "";
    }

    /** Where the forks of the row's case ran (same, cross, mixed, single), over its forks that ended ok. */
    private static Set<String> observedPlacements(RunRecord record, ResultRow row) {
        return record.cases().stream().filter(e -> e.rows().contains(row)).flatMap(e -> e.forks().stream())
                .filter(f -> RowStatus.OK.equals(f.status())).map(f -> f.placement().effective())
                .filter(CRatio::knownPlacement).collect(Collectors.toCollection(TreeSet::new));
    }


    /** Counts and ratios have no percentiles: their mean stands in the p50 column. */
    private static String countOrDash(ResultRow row) {
        boolean plain = row.unit() == Unit.COUNT || row.unit() == Unit.RATIO;
        return plain && row.mean() != null ? Format.significant(row.mean(), 4) : "-";
    }
}
