package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
    @Test
    void shouldDiscardWarmUpOnReset() {
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
    }

    @Test
    void shouldMergeEveryThreadsSamples() {
        LatencyRecorder a = new LatencyRecorder();
        LatencyRecorder b = new LatencyRecorder();
        for (int i = 0; i < 1000; i++) {
            a.record(100);
            b.record(200);
        }
        List<LatencyRecorder.Interval> merged = LatencyRecorder.merge(List.of(a, b));
        assertEquals(2000, LatencyRecorder.total(merged).getTotalCount());
    }

    @Test
    void shouldKeepThreeSignificantDigits() {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.record(123_456);
        long p50 = recorder.total().getValueAtPercentile(50);
        assertTrue(Math.abs(p50 - 123_456) <= 123, "p50 " + p50);
    }
}
