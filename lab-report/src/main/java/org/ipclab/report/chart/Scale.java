package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.List;

/** Maps data values onto [0, 1] of an axis, linearly or logarithmically, and proposes readable ticks. */
public final class Scale {
    private final boolean log;
    private final double min;
    private final double max;

    private Scale(boolean log, double min, double max) {
        this.log = log;
        this.min = min;
        this.max = max;
    }

    /** A log scale widened to whole decades around the data. */
    public static Scale log(double dataMin, double dataMax) {
        double lo = Math.pow(10, Math.floor(Math.log10(Math.max(dataMin, 1e-12))));
        double hi = Math.pow(10, Math.ceil(Math.log10(Math.max(dataMax, lo * 10))));
        return new Scale(true, lo, hi == lo ? lo * 10 : hi);
    }

    /** A log scale over exactly this range (e.g. the nines axis). */
    public static Scale logExact(double min, double max) {
        return new Scale(true, min, max);
    }

    /** A linear scale widened to a nice step; includes zero when asked. */
    public static Scale linear(double dataMin, double dataMax, boolean fromZero) {
        double lo = fromZero ? Math.min(0, dataMin) : dataMin;
        double hi = dataMax;
        if (hi <= lo) {
            hi = lo + Math.max(1, Math.abs(lo) * 0.1);
        }
        double step = niceStep((hi - lo) / 6);
        return new Scale(false, Math.floor(lo / step) * step, Math.ceil(hi / step) * step);
    }

    public double min() {
        return min;
    }

    public double fraction(double v) {
        if (log) {
            double clamped = Math.max(v, min);
            return (Math.log10(clamped) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        }
        return (v - min) / (max - min);
    }

    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            double decades = Math.log10(max / min);
            for (double d = min; d <= max * 1.0001; d *= 10) {
                ticks.add(d);
                if (decades <= 2) {
                    if (d * 2 < max) {
                        ticks.add(d * 2);
                    }
                    if (d * 5 < max) {
                        ticks.add(d * 5);
                    }
                }
            }
        } else {
            double step = niceStep((max - min) / 6);
            for (double v = min; v <= max + step / 1e6; v += step) {
                ticks.add(Math.abs(v) < step / 1e6 ? 0 : v);
            }
        }
        ticks.sort(Double::compare);
        return ticks;
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * magnitude;
    }
}
