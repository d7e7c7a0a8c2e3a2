package org.ipclab.core.run;

import java.util.Locale;

/**
 * The lab's one number formatter, for the console, the pages, the charts and the comparison tables.
 * Everything goes through {@link Locale#ROOT}, so a German or French machine still prints 1.5, not 1,5.
 * Two styles of time: the console's fixed one decimal ({@link #nanos(Long)}), and three significant
 * digits for pages and charts ({@link #time(double)}), where neighbouring values should read alike.
 */
public final class Format {
    private Format() {
    }

    /** The console's latency: {@code 950 ns}, {@code 12.3 µs}, {@code 4.5 ms}; {@code -} for none. */
    public static String nanos(Long ns) {
        if (ns == null) {
            return "-";
        }
        if (ns < 10_000) {
            return ns + " ns";
        }
        if (ns < 10_000_000) {
            return fixed("%.1f µs", ns / 1e3);
        }
        return fixed("%.1f ms", ns / 1e6);
    }

    /** The console's rate: {@code 1.23 Mmsgs/s}; {@code -} for none. */
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
        return fixed("%.2f ", v) + prefixes[p] + unit;
    }

    /** How many times as costly: {@code 3.25×} or {@code 140×} (the console prints x where it can't print ×). */
    public static String times(double ratio) {
        return fixed(ratio < 10 ? "%.2f×" : "%,.0f×", ratio);
    }

    /** A ratio such as a row's multiple of the floor or of its C twin, in a table: {@code 2.3x}. */
    public static String multiple(double ratio) {
        return fixed("%.1fx", ratio);
    }

    /** The same ratio in running text: {@code 2.3×}. */
    public static String multipleInText(double ratio) {
        return fixed("%.1f×", ratio);
    }

    /** Elapsed or remaining time to the second: {@code 42 s}, {@code 3:05}. */
    public static String seconds(double s) {
        long whole = Math.round(s);
        return whole >= 60 ? fixed("%d:%02d", whole / 60, whole % 60) : whole + " s";
    }

    /** A measured duration to a tenth of a second: {@code 12.3 s}. */
    public static String tenthsOfSeconds(double s) {
        return fixed("%.1f s", s);
    }

    public static String mebibytes(long bytes) {
        return fixed("%.1f MiB", bytes / (double) (1L << 20));
    }

    public static String gibibytes(double bytes) {
        return fixed("%.1f GiB", bytes / (1L << 30));
    }

    /** A small cost to a tenth of a nanosecond: {@code 17.5 ns}. */
    public static String tenthsOfNanos(double ns) {
        return fixed("%.1f ns", ns);
    }

    /** Nanoseconds in the unit that fits, three significant digits: {@code 950 ns}, {@code 1.2 µs}, {@code 3 s}. */
    public static String time(double ns) {
        // Each unit starts just below its power of 1000, so 999.6 ns prints as 1 µs rather than 1000 ns.
        if (Double.isNaN(ns)) {
            return "-";
        }
        double a = Math.abs(ns);
        if (a < 999.5) {
            return threeDigits(ns) + " ns";
        }
        if (a < 999_500) {
            return threeDigits(ns / 1e3) + " µs";
        }
        if (a < 999_500_000) {
            return threeDigits(ns / 1e6) + " ms";
        }
        return threeDigits(ns / 1e9) + " s";
    }

    /** A value with a k/M/G prefix, three significant digits: {@code 950}, {@code 1.2k}, {@code 35M}. */
    public static String si(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 999.5e6) {
            return threeDigits(v / 1e9) + "G";
        }
        if (a >= 999.5e3) {
            return threeDigits(v / 1e6) + "M";
        }
        if (a >= 999.5) {
            return threeDigits(v / 1e3) + "k";
        }
        return threeDigits(v);
    }

    /** A value in its unit: {@link #time} for {@code ns}, {@link #si} plus the unit otherwise. */
    public static String inUnit(double v, String unit) {
        return "ns".equals(unit) ? time(v) : si(v) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** A change in percent, signed: {@code +3.2%}, {@code -0.4%}. */
    public static String signedPercent(double v) {
        return fixed("%+.1f%%", v);
    }

    /** An axis tick in percent, signed and whole: {@code +10%}. */
    public static String signedWholePercent(double v) {
        return fixed("%+.0f%%", v);
    }

    public static String wholePercent(double v) {
        return fixed("%.0f%%", v);
    }

    /** A percentile's percent with the digits it needs, up to five decimals: {@code 50%}, {@code 99.99%}. */
    public static String percentile(double percent) {
        return withoutTrailingZeros(fixed("%.5f", percent)) + "%";
    }

    /** A p-value: three decimals, or scientific below 0.001 ({@code 2.0e-05}). */
    public static String pValue(double p) {
        return p < 0.001 ? fixed("%.1e", p) : fixed("%.3f", p);
    }

    /** A number to {@code digits} significant digits, for counts and raw figures: {@code 1.250}, {@code 3.142e+06}. */
    public static String significant(double v, int digits) {
        return fixed("%." + digits + "g", v);
    }

    /** Three significant digits, no trailing zeros. */
    private static String threeDigits(double v) {
        double a = Math.abs(v);
        return withoutTrailingZeros(fixed(a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v));
    }

    private static String withoutTrailingZeros(String s) {
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static String fixed(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
