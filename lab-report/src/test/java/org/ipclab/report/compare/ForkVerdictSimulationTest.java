package org.ipclab.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.stats.Fork;
import org.ipclab.report.stats.Median;
import org.junit.jupiter.api.Test;

/**
 * How often the verdicts are wrong, on simulated two-level data like the lab's: each fork draws its own
 * log-normal fork effect (a JVM's layout and JIT luck), each fork reports one median per 25 ms interval
 * with its own noise, and in one scenario a share of forks lands in a 3× slower mode (a far core). Rows
 * are compared in families, as in a run, so the Benjamini-Hochberg step is part of what is measured.
 */
class ForkVerdictSimulationTest {
    /** Forks per case in the quick suite. */
    static final int QUICK_SUITE_FORKS = 3;
    /** The smallest fork count that detects a 10% change in at least 80% of rows at {@link #FORK_SD}. */
    static final int FORKS_FOR_DETECTION = 12;

    static final double FORK_SD = 0.04;
    static final double INTERVAL_SD = 0.075;
    static final int INTERVALS = 20;
    static final int ROWS_PER_RUN = 20;
    static final int RUNS = 10;
    static final double THRESHOLD_PCT = Comparison.DEFAULT_THRESHOLD_PCT;

    /** Shares of the simulated rows by verdict, and the geometric mean of the ratios of each family. */
    record Outcome(int forks, double change, double called, double slower, double same, double bimodal, double worstGeomeanPct) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%2d forks, change %+4.0f%%: faster/slower %5.1f%%, slower %5.1f%%, same %5.1f%%, "
                    + "bimodal %5.1f%%, worst family geomean %+.1f%%", forks, change * 100, called * 100, slower * 100, same * 100,
                    bimodal * 100, worstGeomeanPct);
        }
    }

    @Test
    void shouldMakeFewFalseCallsWithoutAChangeAtTheQuickSuitesForkCount() {
        for (int forks : new int[] {QUICK_SUITE_FORKS, 5}) {
            Outcome same = simulate(forks, 0, 0, 11);
            System.out.println("A/A           " + same);
            assertTrue(same.called() <= 0.05, same.toString());
            assertTrue(Math.abs(same.worstGeomeanPct()) <= 3, same.toString());
        }
    }

    @Test
    void shouldReportBimodalForksInsteadOfAVerdict() {
        for (int forks : new int[] {QUICK_SUITE_FORKS, 5}) {
            Outcome bimodal = simulate(forks, 0, 0.2, 12);
            System.out.println("A/A, 20% 3x   " + bimodal);
            assertTrue(bimodal.called() <= 0.05, bimodal.toString());
            // No geomean check here: a 3x fork moves a side's median, which is why such rows get no verdict.
            assertTrue(bimodal.bimodal() > 0.3, "most rows with a 3x fork on either side are flagged: " + bimodal);
        }
    }

    @Test
    void explore() {
        for (double sd : new double[] {0.02, 0.03, 0.04}) {
            for (int forks : new int[] {3, 4, 5, 6}) {
                System.out.println("sd " + sd + " A/A " + simulate(forks, 0, 0, 11, sd));
                System.out.println("sd " + sd + " +10 " + simulate(forks, 0.10, 0, 13, sd));
                System.out.println("sd " + sd + " bim " + simulate(forks, 0, 0.2, 12, sd));
            }
        }
    }

    @Test
    void shouldDetectATenPercentSlowdownWithEnoughForks() {
        Outcome quick = simulate(QUICK_SUITE_FORKS, 0.10, 0, 13);
        System.out.println("+10%          " + quick);
        // Exact Mann-Whitney over 3 vs 3 forks cannot go below p = 0.1: three forks never call a change.
        assertEquals(0, quick.slower());
        Outcome fewer = simulate(FORKS_FOR_DETECTION - 1, 0.10, 0, 13);
        Outcome enough = simulate(FORKS_FOR_DETECTION, 0.10, 0, 13);
        System.out.println("+10%          " + fewer);
        System.out.println("+10%          " + enough);
        assertTrue(fewer.slower() < 0.80, fewer.toString());
        assertTrue(enough.slower() >= 0.80, enough.toString());
        Outcome aa = simulate(FORKS_FOR_DETECTION, 0, 0, 14);
        System.out.println("A/A           " + aa);
        assertTrue(aa.called() <= 0.05, aa.toString());
    }

    static Outcome simulate(int forks, double change, double slowModeShare, long seed) {
        return simulate(forks, change, slowModeShare, seed, FORK_SD);
    }

    static Outcome simulate(int forks, double change, double slowModeShare, long seed, double forkSd) {
        Random random = new Random(seed);
        int called = 0;
        int slower = 0;
        int same = 0;
        int bimodal = 0;
        double worstGeomean = 0;
        for (int run = 0; run < RUNS; run++) {
            List<RowEffect> family = new ArrayList<>();
            double logSum = 0;
            for (int row = 0; row < ROWS_PER_RUN; row++) {
                double base = 1_000 + random.nextInt(50_000);
                SideForks a = side(random, forks, base, slowModeShare, forkSd);
                SideForks b = side(random, forks, base * (1 + change), slowModeShare, forkSd);
                RowEffect effect = RowEffect.of(a, b, "ns");
                family.add(effect);
                logSum += Math.log(effect.ratio());
            }
            worstGeomean = Math.max(Math.abs(worstGeomean), Math.abs((Math.exp(logSum / ROWS_PER_RUN) - 1) * 100));
            for (RowEffect e : RowEffect.adjusted(family)) {
                Verdict v = e.decide(THRESHOLD_PCT, "ns");
                called += v == Verdict.WORSE || v == Verdict.BETTER ? 1 : 0;
                slower += v == Verdict.WORSE ? 1 : 0;
                same += v == Verdict.SAME ? 1 : 0;
                bimodal += v == Verdict.BIMODAL ? 1 : 0;
            }
        }
        double n = RUNS * ROWS_PER_RUN;
        return new Outcome(forks, change, called / n, slower / n, same / n, bimodal / n, worstGeomean);
    }

    private static SideForks side(Random random, int forks, double centre, double slowModeShare, double forkSd) {
        List<Fork> list = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double forkCentre = centre * Math.exp(forkSd * random.nextGaussian())
                    * (random.nextDouble() < slowModeShare ? 3 : 1);
            double[] intervals = new double[INTERVALS];
            for (int i = 0; i < INTERVALS; i++) {
                intervals[i] = forkCentre * Math.exp(INTERVAL_SD * random.nextGaussian());
            }
            list.add(new Fork(Median.of(intervals), intervals));
        }
        return new SideForks(list, java.util.Collections.nCopies(forks, (String) null), 0);
    }
}
