package org.ipclab.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class RandomEffectsTest {
    private static final double T1 = TDistribution.of(1).inverseSurvivalProbability(0.025);

    /** Two rows of equal precision that agree within it: τ² = 0, the plain mean, Hartung-Knapp kept at 1/Σw. */
    @Test
    void shouldPoolTwoAgreeingRowsByHand() {
        RandomEffects pooled = RandomEffects.of(new double[] {0, 0.1}, new double[] {0.1, 0.1});
        // Fixed weights 100 and 100: Q = 0.5 < 1 row of freedom, so τ² = 0; weighted spread 0.5 / (1 · 200) < 1/200.
        assertEquals(0, RandomEffects.betweenRows(new double[] {0, 0.1}, new double[] {0.01, 0.01}));
        assertEquals(0.05, pooled.mean(), 1e-12);
        assertEquals(0.05 - T1 * Math.sqrt(0.005), pooled.low(), 1e-9);
        assertEquals(0.05 + T1 * Math.sqrt(0.005), pooled.high(), 1e-9);
        assertTrue(pooled.weighted());
    }

    @Test
    void shouldLetAPreciseRowOutweighANoisyOneThatAgreesWithinItsError() {
        RandomEffects pooled = RandomEffects.of(new double[] {0.01, -0.20}, new double[] {0.01, 0.30});
        assertEquals(0.01, pooled.mean(), 0.001, "the unweighted mean would be -0.095");
    }

    @Test
    void shouldCountRowsAlikeWhenTheyDisagreeFarBeyondTheirErrors() {
        double[] logs = {0, 0, 1, 1.2};
        RandomEffects pooled = RandomEffects.of(logs, new double[] {0.01, 0.02, 0.01, 0.03});
        assertEquals(Arrays.stream(logs).average().orElseThrow(), pooled.mean(), 0.01);
    }

    /** A row whose forks agreed exactly has no usable weight: every row then counts alike, the plain t interval. */
    @Test
    void shouldFallBackToThePlainMeanAndTIntervalWhenARowsErrorIsUnknown() {
        double[] logs = {0.1, 0.2, 0.6};
        RandomEffects pooled = RandomEffects.of(logs, new double[] {0.05, 0, Double.NaN});
        double mean = 0.3;
        double sd = Math.sqrt((0.04 + 0.01 + 0.09) / 2);
        double half = TDistribution.of(2).inverseSurvivalProbability(0.025) * sd / Math.sqrt(3);
        assertFalse(pooled.weighted());
        assertEquals(mean, pooled.mean(), 1e-12);
        assertEquals(mean - half, pooled.low(), 1e-9);
        assertEquals(mean + half, pooled.high(), 1e-9);
    }

    @Test
    void shouldGiveNoIntervalForOneRow() {
        RandomEffects pooled = RandomEffects.of(new double[] {0.2}, new double[] {0.1});
        assertEquals(0.2, pooled.mean());
        assertTrue(Double.isNaN(pooled.low()) && Double.isNaN(pooled.high()));
    }

    /**
     * Modules like this machine's: ten rows, 4 forks a side, each row's fork spread (log-sd) drawn from 2-15%
     * (a typical module) or 3-35% (the c module, whose rows resolve ±15% to ±56% at quick's forks). Without a
     * change the weighted module change stays within ±3% more often than the plain geometric mean; with every
     * row 10% slower it finds 10%; its interval covers the true change about 95% of the time either way.
     */
    @Test
    void shouldMoveAModuleLessThanThePlainMeanWithoutAChangeAndFindAUniformOne() {
        for (double[] spreads : new double[][] {{0.02, 0.15}, {0.03, 0.35}}) {
            Random random = new Random(31);
            Tally same = Tally.of(random, spreads, 0);
            Tally slower = Tally.of(random, spreads, Math.log(1.10));
            System.out.printf("fork sd %.0f-%.0f%%, 10 rows: A/A %s; +10%% %s%n", spreads[0] * 100, spreads[1] * 100, same, slower);
            assertTrue(same.weightedWithin() >= same.plainWithin() + 0.05, same.toString());
            assertTrue(same.covered() >= 0.92 && slower.covered() >= 0.92, same + " / " + slower);
            assertEquals(0, same.meanChange(), 0.005, same.toString());
            assertEquals(Math.log(1.10), slower.meanChange(), 0.005, slower.toString());
        }
    }

    /** Shares of simulated modules whose change lands within ±3% of the truth, weighted and plain; coverage; mean. */
    private record Tally(double weightedWithin, double plainWithin, double covered, double meanChange) {
        static final int MODULES = 400;

        static Tally of(Random random, double[] spreads, double change) {
            int weighted = 0;
            int plain = 0;
            int covered = 0;
            double sum = 0;
            for (int i = 0; i < MODULES; i++) {
                Module m = Module.simulate(random, spreads, change);
                weighted += Math.abs(m.pooled().mean() - change) <= Math.log(1.03) ? 1 : 0;
                plain += Math.abs(m.plainMean() - change) <= Math.log(1.03) ? 1 : 0;
                covered += m.pooled().low() <= change && change <= m.pooled().high() ? 1 : 0;
                sum += m.pooled().mean();
            }
            return new Tally((double) weighted / MODULES, (double) plain / MODULES, (double) covered / MODULES, sum / MODULES);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "within ±3%%: weighted %.1f%%, plain %.1f%%; covered %.1f%%; mean %+.2f%%",
                    weightedWithin * 100, plainWithin * 100, covered * 100, (Math.exp(meanChange) - 1) * 100);
        }
    }

    private record Module(RandomEffects pooled, double plainMean) {
        static final int ROWS = 10;
        static final int FORKS = 4;

        static Module simulate(Random random, double[] spreads, double change) {
            double[] logs = new double[ROWS];
            double[] ses = new double[ROWS];
            for (int r = 0; r < ROWS; r++) {
                double sd = spreads[0] + (spreads[1] - spreads[0]) * random.nextDouble();
                ForkRatio ratio = ForkRatio.of(forks(random, sd, 0), forks(random, sd, change));
                logs[r] = Math.log(ratio.ratio());
                ses[r] = ratio.logSe();
            }
            return new Module(RandomEffects.of(logs, ses), Arrays.stream(logs).average().orElseThrow());
        }

        static double[] forks(Random random, double sd, double shift) {
            double[] centres = new double[FORKS];
            for (int f = 0; f < FORKS; f++) {
                centres[f] = 1000 * Math.exp(shift + sd * random.nextGaussian());
            }
            return centres;
        }
    }
}
