package org.ipclab.core.run;

import java.util.Locale;

/** Human-readable figures for the console: latency with its unit, rates with a metric prefix. */
public final class Format {
    private Format() {
    }

    public static String nanos(Long ns) {
        if (ns == null) {
            return "-";
        }
        if (ns < 10_000) {
            return ns + " ns";
        }
        if (ns < 10_000_000) {
            return String.format(Locale.ROOT, "%.1f µs", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f ms", ns / 1e6);
    }

    public static String rate(Double value, String unit) {
        if (value == null) {
            return "-";
        }
        String[] prefixes = {"", "k", "M", "G"};
        double v = value;
        int p = 0;
        while (v >= 1000 && p < prefixes.length - 1) {
            v /= 1000;
            p++;
        }
        return String.format(Locale.ROOT, "%.2f %s%s", v, prefixes[p], unit);
    }

    /** How many times as costly: {@code 3.25×} or {@code 140×} (the console prints x where it can't print ×). */
    public static String times(double ratio) {
        return String.format(Locale.ROOT, ratio < 10 ? "%.2f×" : "%,.0f×", ratio);
    }

    /** A ratio such as a row's multiple of the floor or of its C twin: {@code 2.3x}. */
    public static String multiple(double ratio) {
        return String.format(Locale.ROOT, "%.1fx", ratio);
    }

    public static String seconds(double s) {
        long whole = Math.round(s);
        return whole >= 60 ? String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60) : whole + " s";
    }
}
