package org.ipclab.core.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ipclab.core.calibration.CalibrationCase;

/**
 * The order of a run: round r runs every case once, shuffled with the run's seed, so drift and the
 * scheduler's placement epochs spread over all cases instead of landing on one transport's sweep. The
 * calibration opens every round, since the cases after it are set against its floor.
 */
final class ForkSchedule {
    /** One fork to run: which case, which of its forks (1-based), in which round (1-based). */
    record Fork(CaseJob job, int fork, int round) {
    }

    private ForkSchedule() {
    }

    static List<Fork> of(List<CaseJob> jobs, int forks, long seed) {
        Random random = new Random(seed);
        List<CaseJob> calibration = jobs.stream().filter(ForkSchedule::isCalibration).toList();
        List<CaseJob> others = new ArrayList<>(jobs.stream().filter(j -> !isCalibration(j)).toList());
        List<Fork> order = new ArrayList<>();
        for (int round = 1; round <= forks; round++) {
            Collections.shuffle(others, random);
            for (CaseJob job : calibration) {
                order.add(new Fork(job, round, round));
            }
            for (CaseJob job : others) {
                order.add(new Fork(job, round, round));
            }
        }
        return order;
    }

    /**
     * A round that redoes disturbed forks ({@link CleanForks}): the calibration first, as in every round, then the
     * given cases shuffled with the run's seed and the round; each case's fork number goes on from the forks it ran.
     */
    static List<Fork> redoRound(List<CaseJob> jobs, List<CaseJob> cases, CaseLedger ledger, int round, long seed) {
        List<CaseJob> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, new Random(seed + round));
        List<Fork> order = new ArrayList<>();
        jobs.stream().filter(ForkSchedule::isCalibration).forEach(job -> order.add(new Fork(job, ledger.forks(job).size() + 1, round)));
        shuffled.forEach(job -> order.add(new Fork(job, ledger.forks(job).size() + 1, round)));
        return order;
    }

    static boolean isCalibration(CaseJob job) {
        return job.benchCase().spec().equals(CalibrationCase.SPEC);
    }
}
