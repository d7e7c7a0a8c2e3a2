package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ipclab.core.Median;
import org.ipclab.report.stats.BenjaminiHochberg;
import org.ipclab.report.stats.Direction;
import org.ipclab.report.stats.Fork;
import org.ipclab.report.stats.ForkClusters.Cluster;
import org.ipclab.report.stats.ForkClusters;
import org.ipclab.report.stats.ForkRatio;
import org.ipclab.report.stats.Resolution;
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
    void shouldGiveTheRatioOfGeometricMeansWithAWelchTInterval() {
        // logs: A = ln 100 + {-0.01, 0, 0.01}, B = ln 110 + {-0.01, 0, 0.01}: means differ by ln 1.1, each side's
        // variance is 1e-4, so se = sqrt(2e-4 / 3) and Welch's df = 4 (equal variances, equal sizes).
        double[] a = {100 * Math.exp(-0.01), 100, 100 * Math.exp(0.01)};
        double[] b = {110 * Math.exp(-0.01), 110, 110 * Math.exp(0.01)};
        ForkRatio r = ForkRatio.of(a, b);
        double se = Math.sqrt(2e-4 / 3);
        double t4 = 2.7764451051977987; // two-sided 95% quantile of Student's t with 4 degrees of freedom
        assertEquals(1.1, r.ratio(), 1e-12);
        assertEquals(1.1 * Math.exp(-t4 * se), r.low(), 1e-9);
        assertEquals(1.1 * Math.exp(t4 * se), r.high(), 1e-9);
        assertEquals(3.08e-4, r.pValue(), 1e-6, "t = ln 1.1 / se = 11.7 on 4 df");
    }

    @Test
    void shouldTakeTwinsPairByPairSoTheirSharedDriftDropsOut() {
        // Each B ran right after its A twin; the pairs moved together (97..110), B 3.4% above A in each. Values from
        // scipy.stats.ttest_rel on the logs: t = 6.359 on 3 df, p = 0.00787; Welch's t on the same forks: p = 0.464.
        double[] a = {100, 104, 97, 110};
        double[] b = {103, 108, 99, 115};
        ForkRatio twins = ForkRatio.ofTwins(a, b);
        assertEquals(1.0335918212179966, twins.ratio(), 1e-12);
        assertEquals(1.0166407743653063, twins.low(), 1e-9);
        assertEquals(1.0508255027993416, twins.high(), 1e-9);
        assertEquals(0.007870319492093155, twins.pValue(), 1e-9);
        assertEquals(3, twins.df());
        assertEquals(0.007348305358016767, twins.logSd(), 1e-12, "the differences' spread over sqrt 2: one fork's share");
        assertEquals(0.4637899295809873, ForkRatio.of(a, b).pValue(), 1e-6);
        assertTrue(twins.twins() && !ForkRatio.of(a, b).twins(), "what it resolves follows the twins' own df");
        assertEquals(null, ForkRatio.ofTwins(new double[] {1}, new double[] {2}));
        assertEquals(null, ForkRatio.ofTwins(new double[] {1, 2}, new double[] {2, 3, 4}));
    }

    @Test
    void shouldPoolTheLogSpreadOfBothSides() {
        // logs of A: ln 100 + {-0.01, 0, 0.01} (variance 1e-4); of B: ln 110 + {-0.03, 0, 0.03} (9e-4): pooled (1e-4 + 9e-4) / 2.
        double[] a = {100 * Math.exp(-0.01), 100, 100 * Math.exp(0.01)};
        double[] b = {110 * Math.exp(-0.03), 110, 110 * Math.exp(0.03)};
        assertEquals(Math.sqrt(5e-4), ForkRatio.of(a, b).logSd(), 1e-12);
    }

    @Test
    void shouldResolveTheBandPlusTAndZStandardErrors() {
        // 4 forks a side, log-sd 0.04: se = 0.04 * sqrt(1/2); t(6 df, 0.975) = 2.4469, z(0.8) = 0.8416; band ln 1.03.
        double se = 0.04 * Math.sqrt(0.5);
        double expected = (Math.exp(Math.log(1.03) + (2.4469118511449692 + 0.8416212335729143) * se) - 1) * 100;
        assertEquals(expected, Resolution.smallestPct(0.04, 4, 4, 3), 1e-9);
        assertEquals(13.04, expected, 0.01);
        assertEquals(3.0, Resolution.smallestPct(0, 4, 4, 3), 1e-12, "forks that agree exactly resolve the band's edge");
    }

    @Test
    void shouldAskForTheFewestForksThatResolveAChange() {
        int forks = Resolution.forksPerSide(0.04, 10, 3).getAsInt();
        assertTrue(Resolution.smallestPct(0.04, forks, forks, 3) <= 10);
        assertTrue(Resolution.smallestPct(0.04, forks - 1, forks - 1, 3) > 10);
        assertEquals(7, forks);
        assertTrue(Resolution.forksPerSide(0.12, 10, 3).getAsInt() > 4 * forks, "three times the spread, about nine times the forks");
        assertTrue(Resolution.forksPerSide(0.04, 3, 3).isEmpty(), "a change inside the band is never called");
        assertTrue(Resolution.forksPerSide(5, 10, 3).isEmpty(), "beyond any run");
    }

    @Test
    void shouldTakeTheRunMeansAsTheUnitWhenASidesRunsDiffer() {
        // A: two runs of three forks, logs ln 100 + {-0.01, 0, 0.01} and ln 100 + 0.1 + the same: within-run
        // variance 1e-4, the run means 0.1 apart (F = 150 on 1 and 4 df). Balanced, so A's mean has the run
        // means' variance over 2 runs, (0.1^2 / 2) / 2, on 1 df. B: one run, variance 1e-4 over 3 forks, 2 df.
        double[][] a = {{100 * Math.exp(-0.01), 100, 100 * Math.exp(0.01)},
                {100 * Math.exp(0.09), 100 * Math.exp(0.1), 100 * Math.exp(0.11)}};
        double[][] b = {{110 * Math.exp(-0.01), 110, 110 * Math.exp(0.01)}};
        ForkRatio r = ForkRatio.ofRuns(a, b);
        double varA = 0.0025;
        double varB = 1e-4 / 3;
        double df = (varA + varB) * (varA + varB) / (varA * varA / 1 + varB * varB / 2);
        double t = org.apache.commons.statistics.distribution.TDistribution.of(df).inverseSurvivalProbability(0.025);
        double diff = Math.log(1.1) - 0.05;
        assertTrue(r.overRuns());
        assertEquals(Math.sqrt(varA + varB), r.logSe(), 1e-12);
        assertEquals(df, r.df(), 1e-9);
        assertEquals(Math.exp(diff - t * Math.sqrt(varA + varB)), r.low(), 1e-9);
        assertEquals(Math.exp(diff + t * Math.sqrt(varA + varB)), r.high(), 1e-9);
        // The same forks as one run each side: the forks' own variance, and a far narrower interval.
        ForkRatio pooled = ForkRatio.of(new double[] {a[0][0], a[0][1], a[0][2], a[1][0], a[1][1], a[1][2]}, b[0]);
        assertTrue(!pooled.overRuns() && pooled.high() - pooled.low() < (r.high() - r.low()) / 3, pooled + " vs " + r);
    }

    @Test
    void shouldKeepTheForksAsTheUnitWhenASidesRunsAgree() {
        // Run means 0.002 apart with forks 0.01 apart: no evidence of a run level, so Welch's t on all six forks.
        double[][] a = {{100 * Math.exp(-0.01), 100, 100 * Math.exp(0.01)},
                {100 * Math.exp(-0.008), 100 * Math.exp(0.002), 100 * Math.exp(0.012)}};
        double[][] b = {{110 * Math.exp(-0.01), 110, 110 * Math.exp(0.01)}, {110, 110 * Math.exp(0.01), 110 * Math.exp(-0.01)}};
        ForkRatio byRun = ForkRatio.ofRuns(a, b);
        ForkRatio pooled = ForkRatio.of(concat(a), concat(b));
        assertTrue(!byRun.overRuns());
        assertEquals(pooled, byRun);
    }

    private static double[] concat(double[][] runs) {
        return java.util.Arrays.stream(runs).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    @Test
    void shouldGiveNoRatioWithOneForkOrAZeroCentre() {
        assertEquals(null, ForkRatio.of(new double[] {1}, new double[] {4, 5, 6}));
        assertEquals(null, ForkRatio.of(new double[] {0, 0}, new double[] {3, 4}));
    }

    @Test
    void shouldWidenTheIntervalWhenForksDisagree() {
        ForkRatio tight = ForkRatio.of(new double[] {100, 101, 99}, new double[] {100, 101, 99});
        ForkRatio loose = ForkRatio.of(new double[] {80, 120, 100}, new double[] {80, 120, 100});
        assertEquals(1.0, tight.ratio(), 1e-12);
        assertTrue(loose.high() - loose.low() > 10 * (tight.high() - tight.low()), loose + " vs " + tight);
        assertEquals(1.0, tight.pValue(), 1e-9);
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
