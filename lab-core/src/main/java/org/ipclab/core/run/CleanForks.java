package org.ipclab.core.run;

import java.util.List;
import org.ipclab.core.schema.RunRecord.ForkEntry;

/**
 * Which cases a round that redoes disturbed forks runs ({@code --redo-disturbed}), read from the forks the ledger
 * filed: compare leaves a fork disturbed by steal or other processes out, so each such fork of a case still short
 * of clean ones is run again, once per redo round at most. A failed or skipped fork is not redone: it would fail again.
 */
final class CleanForks {
    private CleanForks() {
    }

    /**
     * The cases (calibration aside) with fewer than {@code wanted} clean forks and a disturbed one not yet redone;
     * forks in rounds after the first {@code wanted} are redos.
     */
    static List<CaseJob> shortOf(List<CaseJob> jobs, int wanted, CaseLedger ledger) {
        return jobs.stream().filter(j -> !ForkSchedule.isCalibration(j)).filter(j -> {
            List<ForkEntry> forks = ledger.forks(j);
            List<ForkEntry> measured = forks.stream().filter(f -> !f.status().failed() && !f.status().skipped()).toList();
            long disturbed = measured.stream().filter(f -> f.interference().wasDisturbed()).count();
            long redone = forks.stream().filter(f -> f.round() > wanted).count();
            return measured.size() - disturbed < wanted && disturbed > redone;
        }).toList();
    }
}
