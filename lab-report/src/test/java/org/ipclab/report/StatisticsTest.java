package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ipclab.report.stats.BenjaminiHochberg;
import org.ipclab.report.stats.Direction;
import org.ipclab.report.stats.Fork;
import org.ipclab.report.stats.ForkClusters;
import org.ipclab.report.stats.ForkClusters.Cluster;
import org.ipclab.report.stats.ForkShiftTest;
import org.ipclab.report.stats.HierarchicalBootstrap;
import org.ipclab.report.stats.HierarchicalBootstrap.Interval;
import org.ipclab.report.stats.Median;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void shouldAdjustPValuesAsBenjaminiAndHochbergByHand() {
        // Sorted: 0.005 (rank 1), 0.01 (2), 0.03 (3), 0.04 (4); p*m/rank = 0.02, 0.02, 0.04, 0.04, already monotone.
        double[] adjusted = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005, Double.NaN});
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02, Double.NaN}, adjusted, 1e-12);
        // Step-up: 0.05*5/5 = 0.05 caps every smaller rank, however small its own p*m/rank (0.01*5/1 = 0.05 too).
        assertArrayEquals(new double[] {0.05, 0.05, 0.05, 0.05, 0.05},
                BenjaminiHochberg.adjust(new double[] {0.01, 0.02, 0.03, 0.04, 0.05}), 1e-12);
        // 0.001*3/1 = 0.003; 0.02*3/2 = 0.03; 0.9*3/3 = 0.9.
        assertArrayEquals(new double[] {0.9, 0.003, 0.03}, BenjaminiHochberg.adjust(new double[] {0.9, 0.001, 0.02}), 1e-12);
    }

    @Test
    void shouldGiveTheSameBootstrapIntervalForTheSameSeed() {
        List<Fork> a = forks(100, 5, 1);
        List<Fork> b = forks(110, 5, 2);

        Interval first = HierarchicalBootstrap.ratio(a, b, 7);
        Interval again = HierarchicalBootstrap.ratio(a, b, 7);

        assertEquals(first, again);
        assertTrue(first.low() < 1.10 && first.high() > 1.05 && first.low() > 0.95, first.toString());
    }

    @Test
    void shouldBootstrapForksWithoutSamplesFromTheirCentres() {
        List<Fork> a = List.of(Fork.of(100), Fork.of(101), Fork.of(99));
        Interval ci = HierarchicalBootstrap.ratio(a, List.of(Fork.of(200), Fork.of(202), Fork.of(198)), 1);
        assertTrue(ci.low() >= 198 / 101.0 && ci.high() <= 202 / 99.0, ci.toString());
        assertEquals(Double.POSITIVE_INFINITY, HierarchicalBootstrap.ratio(List.of(Fork.of(0), Fork.of(0)),
                List.of(Fork.of(3), Fork.of(4)), 1).low());
    }

    @Test
    void shouldGiveExactMannWhitneyPValuesOverForkCentres() {
        // Complete separation of 3 vs 3 is 2 of C(6,3) = 20 orderings: the smallest two-sided p there is.
        assertEquals(0.1, ForkShiftTest.pValue(new double[] {1, 2, 3}, new double[] {4, 5, 6}), 1e-12);
        assertEquals(2.0 / 252, ForkShiftTest.pValue(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10}), 1e-12);
        assertTrue(Double.isNaN(ForkShiftTest.pValue(new double[] {1}, new double[] {4, 5, 6})));
    }

    @Test
    void shouldSplitForksIntoClustersAtAJumpOfMoreThanHalf() {
        assertEquals(List.of(new Cluster(100, 3), new Cluster(300, 1)), ForkClusters.of(new double[] {102, 300, 100, 99}));
        assertEquals(1, ForkClusters.of(new double[] {100, 104, 96, 130, 140}).size(), "a spread, not a jump");
        assertEquals(2, ForkClusters.of(new double[] {100, 160}).size());
        assertEquals(1, ForkClusters.of(new double[] {0, 5}).size(), "no ratio from zero");
    }

    @Test
    void shouldTakeTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(2.0, Median.of(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, Median.of(List.of(4.0, 1.0, 2.0, 3.0)));
        assertTrue(Double.isNaN(Median.of(List.of())));
    }

    @Test
    void shouldCallLowerRatesAndHigherTimesWorse() {
        assertEquals(-10.0, Direction.of("ns").worsening(-10.0));
        assertEquals(10.0, Direction.of("msgs/s").worsening(-10.0));
        assertEquals(2.0, Direction.of("ops/s").costRatio(100, 50));
    }

    /** {@code n} forks around {@code center}, each with 20 samples within ±2% of it. */
    private static List<Fork> forks(double center, int n, long seed) {
        Random random = new Random(seed);
        List<Fork> out = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            double[] samples = new double[20];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = center * (0.98 + 0.04 * random.nextDouble());
            }
            out.add(new Fork(Median.of(samples), samples));
        }
        return out;
    }
}
