package org.ipclab.report.chart;

import java.util.Locale;

/** Human-readable numbers: nanoseconds as ns/µs/ms/s, other values with k/M/G prefixes. */
public final class Units {
    // Each prefix starts just below its power of 1000, so 999.6k prints as 1M rather than 1000k.
    private Units() {
    }

    public static String nanos(double ns) {
        if (Double.isNaN(ns)) {
            return "-";
        }
        double a = Math.abs(ns);
        if (a < 999.5) {
            return trim(ns) + " ns";
        }
        if (a < 999_500) {
            return trim(ns / 1e3) + " µs";
        }
        if (a < 999_500_000) {
            return trim(ns / 1e6) + " ms";
        }
        return trim(ns / 1e9) + " s";
    }

    public static String si(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 999.5e6) {
            return trim(v / 1e9) + "G";
        }
        if (a >= 999.5e3) {
            return trim(v / 1e6) + "M";
        }
        if (a >= 999.5) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    /** A value in its unit: time for {@code ns}, prefixed number plus unit otherwise. */
    public static String of(double v, String unit) {
        return "ns".equals(unit) ? nanos(v) : si(v) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** Three significant digits, no trailing zeros. */
    static String trim(double v) {
        String s = Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
