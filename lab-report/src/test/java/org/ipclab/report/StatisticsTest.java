package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ipclab.report.stats.Direction;
import org.ipclab.report.stats.MedianInterval;
import org.ipclab.report.stats.ShiftTest;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void shouldTakeTheOrderStatisticsThatCoverTheMedianWith95Percent() {
        List<Double> ten = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        MedianInterval ci = MedianInterval.of(ten).orElseThrow();
        // Binomial(10, 1/2): P(X <= 1) = 11/1024 <= 2.5% < P(X <= 2): the 2nd and 9th values.
        assertEquals(2.0, ci.low());
        assertEquals(9.0, ci.high());
        assertEquals(1.0, MedianInterval.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)).orElseThrow().low());
    }

    @Test
    void shouldGiveNoIntervalBelowSixSamples() {
        assertTrue(MedianInterval.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0)).isEmpty());
    }

    @Test
    void shouldFindNoChangeBetweenIdenticalSamples() {
        List<Double> samples = noisy(100, 20, 1);
        ShiftTest test = ShiftTest.of(samples, samples);
        assertFalse(test.significant());
        assertEquals(1.0, test.pValue(), 1e-9);
    }

    @Test
    void shouldFindAShiftOfTenPercentSignificant() {
        ShiftTest test = ShiftTest.of(noisy(100, 20, 1), noisy(110, 20, 2));
        assertTrue(test.significant(), "p=" + test.pValue());
    }

    @Test
    void shouldSayHowManySamplesAreNeeded() {
        ShiftTest test = ShiftTest.of(noisy(100, 3, 1), noisy(100, 10, 2));
        assertFalse(test.enoughSamples());
        assertEquals("3 vs 10 samples; needs 6 per run", test.shortfall());
    }

    @Test
    void shouldCallLowerRatesAndHigherTimesWorse() {
        assertEquals(-10.0, Direction.of("ns").worsening(-10.0));
        assertEquals(10.0, Direction.of("msgs/s").worsening(-10.0));
        assertEquals(2.0, Direction.of("ops/s").costRatio(100, 50));
    }

    /** {@code n} values within ±2% of {@code center}. */
    static List<Double> noisy(double center, int n, long seed) {
        Random random = new Random(seed);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(center * (0.98 + 0.04 * random.nextDouble()));
        }
        return out;
    }
}
