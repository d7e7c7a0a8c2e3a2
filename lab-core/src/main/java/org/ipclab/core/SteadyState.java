package org.ipclab.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ipclab.core.schema.SteadyFacts;

/**
 * Whether a fork's measured intervals look steady: the median of the last third of the interval medians
 * against the first third (a warm-up that is still going shows as a trend), and how many intervals took
 * far longer than the others (a stall: a descheduled process, a GC, a page fault storm).
 */
public final class SteadyState {
    /** A drift beyond this between the first and last third of the intervals is "not steady". */
    public static final double TREND_LIMIT_PCT = 10;
    /** An interval this many times longer than the typical one is a stall. */
    static final double STALL_FACTOR = 4;
    private static final int MIN_INTERVALS = 6;

    private SteadyState() {
    }

    /** The per-metric facts: trendPct and steady (absent below six intervals), stalls, warmupSamples if known. */
    public static SteadyFacts of(String metric, List<LatencyRecorder.Interval> intervals, Long warmupSamples) {
        Double trendPct = null;
        Boolean steady = null;
        if (intervals.size() >= MIN_INTERVALS) {
            double[] medians = intervals.stream().mapToDouble(i -> i.histogram().getValueAtPercentile(50)).toArray();
            int third = medians.length / 3;
            double first = Median.of(Arrays.copyOfRange(medians, 0, third));
            double last = Median.of(Arrays.copyOfRange(medians, medians.length - third, medians.length));
            double trend = first > 0 ? (last - first) / first * 100 : 0;
            trendPct = Math.round(trend * 10) / 10.0;
            steady = Math.abs(trend) <= TREND_LIMIT_PCT;
        }
        return new SteadyFacts(metric, intervals.size(), trendPct, steady, stalls(intervals), warmupSamples);
    }

    /** Intervals that lasted far longer than the typical one (and than the nominal interval). */
    static int stalls(List<LatencyRecorder.Interval> intervals) {
        if (intervals.size() < 3) {
            return 0;
        }
        double[] lengths = intervals.stream().mapToDouble(i -> i.endMs() - i.startMs()).toArray();
        double typical = Math.max(Median.of(lengths), LatencyRecorder.INTERVAL_NS / 1e6);
        int stalls = 0;
        for (double length : lengths) {
            if (length > STALL_FACTOR * typical) {
                stalls++;
            }
        }
        return stalls;
    }

    /** The interval medians, one per interval: the within-fork samples behind a fork's centre. */
    public static List<Double> intervalMedians(List<LatencyRecorder.Interval> intervals) {
        List<Double> medians = new ArrayList<>(intervals.size());
        intervals.forEach(i -> medians.add((double) i.histogram().getValueAtPercentile(50)));
        return medians;
    }
}
