package org.ipclab.process;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ipclab.core.ResultRow;
import org.ipclab.core.run.Format;

/**
 * The end-of-run ladder: what each way of running work elsewhere cost in this run (p50), cheapest
 * first, with its ratio to the cheapest and a log-scale bar so orders of magnitude show at a glance.
 * A rung that was skipped or failed says so with its reason; one not in the suite says that.
 */
public final class CreationLadder {
    /** Bar marks per factor of ten: four keep the dearest rung (~10^4-10^5 ×) under a line's width. */
    private static final int MARKS_PER_DECADE = 4;
    private static final String LINE = "  %-16s %10s %10s  %-20s %s%n";

    private CreationLadder() {
    }

    private record Measured(CreationRung rung, long ns) {
    }

    public static void print(List<ResultRow> rows, PrintStream out) {
        if (rows.stream().noneMatch(row -> Arrays.stream(CreationRung.values()).anyMatch(rung -> rung.isCaseOf(row)))) {
            return;
        }
        List<Measured> measured = new ArrayList<>();
        List<CreationRung> unmeasured = new ArrayList<>();
        for (CreationRung rung : CreationRung.values()) {
            rows.stream().filter(rung::isMeasuredBy).findFirst().ifPresentOrElse(
                    row -> measured.add(new Measured(rung, rung.costNs(row))), () -> unmeasured.add(rung));
        }
        measured.sort(Comparator.comparingLong(Measured::ns));
        out.println();
        out.println("process: the cost of running work elsewhere, cheapest first (p50; × the cheapest;"
                + " bar: log scale, " + MARKS_PER_DECADE + " marks per ×10)");
        for (Measured m : measured) {
            double ratio = (double) m.ns() / Math.max(1, measured.get(0).ns());
            out.printf(LINE, m.rung().title(), duration(m.ns()), Format.times(ratio), bar(ratio), m.rung().measures());
        }
        for (CreationRung rung : unmeasured) {
            out.printf(LINE, rung.title(), "-", "", "", whyNot(rung, rows));
        }
    }

    private static String whyNot(CreationRung rung, List<ResultRow> rows) {
        return ResultRow.firstProblem(rows.stream().filter(rung::isCaseOf).toList())
                .map(s -> s.failed() ? "FAILED: " + s.reason() : s.toString().replaceFirst(":", ": "))
                .orElse("not in this run");
    }

    /** Three significant digits in the unit that fits, so neighbouring rungs read alike: 8.00 µs, 1.44 ms. */
    private static String duration(long ns) {
        String[] units = {"ns", "µs", "ms", "s"};
        double value = ns;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String format = value < 10 ? "%.2f %s" : value < 100 ? "%.1f %s" : "%.0f %s";
        return String.format(Locale.ROOT, format, value, units[unit]);
    }

    private static String bar(double ratio) {
        return "#".repeat(1 + (int) Math.round(MARKS_PER_DECADE * Math.log10(ratio)));
    }
}
