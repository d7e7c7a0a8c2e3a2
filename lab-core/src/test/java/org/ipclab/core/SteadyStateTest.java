package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.ipclab.core.schema.SteadyFacts;
import org.junit.jupiter.api.Test;

class SteadyStateTest {
    @Test
    void shouldCallAFallingWarmUpNotSteady() {
        // Interval medians falling 38 µs -> 1.6 µs, as a slow-starting channel's do.
        List<LatencyRecorder.Interval> falling = intervals(new long[] {38_000, 20_000, 9_000, 4_000, 2_000, 1_700, 1_600, 1_600, 1_600}, 25);
        SteadyFacts facts = SteadyState.of("rtt", falling, 10_000L);
        assertEquals(false, facts.steady());
        assertEquals(10_000L, facts.warmupSamples());
    }

    @Test
    void shouldCallFlatIntervalsSteadyAndCountLongOnesAsStalls() {
        long[] flat = {1000, 1010, 990, 1000, 1005, 995, 1000, 1000, 1000};
        List<LatencyRecorder.Interval> intervals = intervals(flat, 25);
        SteadyFacts facts = SteadyState.of("rtt", intervals, null);
        assertEquals(true, facts.steady());
        assertEquals(0, facts.stalls());
        List<LatencyRecorder.Interval> stalled = new ArrayList<>(intervals);
        stalled.set(4, new LatencyRecorder.Interval(1000, 1000 + 400, stalled.get(4).histogram()));
        assertEquals(1, SteadyState.of("rtt", stalled, null).stalls());
    }

    @Test
    void shouldGiveNoTrendBelowSixIntervals() {
        SteadyFacts facts = SteadyState.of("rtt", intervals(new long[] {1, 100, 10_000}, 25), null);
        assertEquals(null, facts.steady());
    }

    private static List<LatencyRecorder.Interval> intervals(long[] medians, long lengthMs) {
        List<LatencyRecorder.Interval> out = new ArrayList<>();
        for (int i = 0; i < medians.length; i++) {
            Histogram h = new Histogram(3);
            h.recordValueWithCount(medians[i], 100);
            out.add(new LatencyRecorder.Interval(i * lengthMs, (i + 1) * lengthMs, h));
        }
        return out;
    }
}
