package org.ipclab.core;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Records latencies (ns, 3 significant digits) for one thread, cut into time intervals for the
 * .hlog. Not thread-safe by design: give each measuring thread its own and {@link #merge} them.
 * The interval clock is read once every {@value #CHECK_EVERY} samples so recording stays cheap.
 */
public final class LatencyRecorder {
    static final int CHECK_EVERY = 256;
    /** Short enough that a sub-second case still leaves compare enough intervals for its statistics. */
    static final long INTERVAL_NS = 25_000_000L;

    /** One closed interval: wall-clock start and end (ms since the epoch) and its histogram. */
    public record Interval(long startMs, long endMs, Histogram histogram) {
    }

    private final List<Interval> intervals = new ArrayList<>();
    private Histogram current = newHistogram();
    private long intervalStartMs;
    private long intervalDeadlineNs;
    private int untilCheck = CHECK_EVERY;
    private long discarded;

    public LatencyRecorder() {
        reset();
    }

    static Histogram newHistogram() {
        return new Histogram(3);
    }

    public void record(long ns) {
        current.recordValue(Math.max(0, ns));
        if (--untilCheck == 0) {
            untilCheck = CHECK_EVERY;
            if (System.nanoTime() >= intervalDeadlineNs) {
                closeInterval();
            }
        }
    }

    /** Drops everything recorded so far: call it when warm-up ends. */
    public void reset() {
        discarded += total().getTotalCount();
        intervals.clear();
        current = newHistogram();
        intervalStartMs = System.currentTimeMillis();
        intervalDeadlineNs = System.nanoTime() + INTERVAL_NS;
    }

    private void closeInterval() {
        long now = System.currentTimeMillis();
        if (current.getTotalCount() > 0) {
            current.setStartTimeStamp(intervalStartMs);
            current.setEndTimeStamp(now);
            intervals.add(new Interval(intervalStartMs, now, current));
        }
        current = newHistogram();
        intervalStartMs = now;
        intervalDeadlineNs = System.nanoTime() + INTERVAL_NS;
    }

    /** How many samples the resets dropped: the warm-up count. */
    public long discarded() {
        return discarded;
    }

    /** Closes the open interval and returns all of them, oldest first. */
    public List<Interval> intervals() {
        closeInterval();
        return List.copyOf(intervals);
    }

    /** Everything recorded since the last reset, as one histogram. */
    public Histogram total() {
        Histogram total = newHistogram();
        intervals.forEach(i -> total.add(i.histogram()));
        total.add(current);
        return total;
    }

    /** Merges per-thread recorders, keeping every interval (sorted by start) for the log. */
    public static List<Interval> merge(List<LatencyRecorder> recorders) {
        List<Interval> all = new ArrayList<>();
        recorders.forEach(r -> all.addAll(r.intervals()));
        all.sort((a, b) -> Long.compare(a.startMs(), b.startMs()));
        return all;
    }

    public static Histogram total(List<Interval> intervals) {
        Histogram total = newHistogram();
        intervals.forEach(i -> total.add(i.histogram()));
        return total;
    }
}
