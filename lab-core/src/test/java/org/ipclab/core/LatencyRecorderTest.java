package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
    @Test
    void shouldDiscardWarmUpOnResetAndCountIt() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 0; i < 5000; i++) {
            recorder.record(1_000_000);
        }
        recorder.reset();
        for (int i = 0; i < 3000; i++) {
            recorder.record(500);
        }
        assertEquals(3000, recorder.total().getTotalCount());
        assertTrue(recorder.total().getMaxValue() < 1000);
        assertEquals(5000, recorder.discarded(), "the warm-up count is kept");
    }

    @Test
    void shouldMergeEveryThreadsSamplesKeepingEachThreadsDistribution() {
        LatencyRecorder a = new LatencyRecorder();
        LatencyRecorder b = new LatencyRecorder();
        for (int i = 0; i < 1000; i++) {
            a.record(100);
        }
        for (int i = 0; i < 3000; i++) {
            b.record(200);
        }
        List<LatencyRecorder.Interval> merged = LatencyRecorder.merge(List.of(a, b));
        Histogram total = LatencyRecorder.total(merged);
        assertEquals(4000, total.getTotalCount());
        assertEquals(1000, total.getCountAtValue(100), "thread a's samples, at its value");
        assertEquals(3000, total.getCountAtValue(200), "thread b's samples, at its value");
        assertEquals(200, total.getValueAtPercentile(50), "a quarter at 100 ns, three quarters at 200 ns");
        for (int i = 1; i < merged.size(); i++) {
            assertTrue(merged.get(i - 1).startMs() <= merged.get(i).startMs(), "intervals sorted by start");
        }
    }

    @Test
    void shouldKeepThreeSignificantDigits() {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.record(123_456);
        long p50 = recorder.total().getValueAtPercentile(50);
        assertTrue(Math.abs(p50 - 123_456) <= 123, "p50 " + p50);
    }

    @Test
    void shouldRecordANegativeDurationAsZero() {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.record(-5);
        assertEquals(1, recorder.total().getCountAtValue(0));
    }
}
