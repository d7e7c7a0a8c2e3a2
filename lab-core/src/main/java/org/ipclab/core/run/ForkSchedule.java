package org.ipclab.core.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.ipclab.core.calibration.CalibrationCase;

/**
 * The order of a run: round r runs every case once, shuffled with the run's seed, so drift and the
 * scheduler's placement epochs spread over all cases instead of landing on one transport's sweep. The
 * calibration opens every round, since the cases after it are set against its floor. A run with two sides
 * (the same cases under two JVM configurations, {@code --vs-java}, {@code --vs-jvm-arg}) runs each fork of a case on
 * both sides back to back, so a host that speeds up or slows down during the run moves both sides alike; which
 * side goes first alternates from round to round, starting with a side drawn per case.
 */
final class ForkSchedule {
    /**
     * One fork to run: which case, which of its forks (1-based), in which round (1-based), on which side (0: the
     * run's own configuration, 1: the one it is compared with).
     */
    record Fork(CaseJob job, int fork, int round, int side) {
    }

    private ForkSchedule() {
    }

    /** @param sides 1, or 2 for a run whose every fork also runs under a second configuration */
    static List<Fork> of(List<CaseJob> jobs, int forks, long seed, int sides) {
        Random random = new Random(seed);
        List<CaseJob> calibration = jobs.stream().filter(ForkSchedule::isCalibration).toList();
        List<CaseJob> others = new ArrayList<>(jobs.stream().filter(j -> !isCalibration(j)).toList());
        Map<CaseJob, Integer> firstSide = firstSides(jobs, seed, sides);
        List<Fork> order = new ArrayList<>();
        for (int round = 1; round <= forks; round++) {
            Collections.shuffle(others, random);
            List<CaseJob> inRound = new ArrayList<>(calibration);
            inRound.addAll(others);
            for (CaseJob job : inRound) {
                addSides(order, job, round, round, (firstSide.get(job) + round) % sides, sides);
            }
        }
        return order;
    }

    /**
     * A round that redoes disturbed forks ({@link CleanForks}): the calibration first, as in every round, then the
     * given cases shuffled with the run's seed and the round; each case's fork number goes on from the forks it ran
     * (every side has run as many).
     */
    static List<Fork> redoRound(List<CaseJob> jobs, List<CaseJob> cases, CaseLedger ledger, int round, long seed, int sides) {
        List<CaseJob> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, new Random(seed + round));
        Map<CaseJob, Integer> firstSide = firstSides(jobs, seed, sides);
        List<Fork> order = new ArrayList<>();
        Stream.concat(jobs.stream().filter(ForkSchedule::isCalibration), shuffled.stream()).forEach(job ->
                addSides(order, job, ledger.forks(job).size() + 1, round, (firstSide.get(job) + round) % sides, sides));
        return order;
    }

    /**
     * The side each case starts on in round 0, drawn from the seed by a generator of its own, so that a one-sided run
     * keeps the case order a seed always gave.
     */
    private static Map<CaseJob, Integer> firstSides(List<CaseJob> jobs, long seed, int sides) {
        Random random = new Random(~seed);
        Map<CaseJob, Integer> first = new HashMap<>();
        jobs.forEach(job -> first.put(job, random.nextInt(sides)));
        return first;
    }

    private static void addSides(List<Fork> order, CaseJob job, int fork, int round, int first, int sides) {
        for (int i = 0; i < sides; i++) {
            order.add(new Fork(job, fork, round, (first + i) % sides));
        }
    }

    static boolean isCalibration(CaseJob job) {
        return job.benchCase().spec().equals(CalibrationCase.SPEC);
    }
}
