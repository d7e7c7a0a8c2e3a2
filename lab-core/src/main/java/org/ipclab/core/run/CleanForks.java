package org.ipclab.core.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipclab.core.schema.RunRecord.ForkEntry;

/**
 * Counts each case's forks for the rounds that redo disturbed forks ({@code --redo-disturbed}): compare leaves
 * a fork disturbed by steal or other processes out, so each such fork of a case still short of clean ones is
 * run again, once per redo round at most. A failed or skipped fork is not redone: it would fail again.
 */
final class CleanForks {
    private final Map<String, Integer> ran = new HashMap<>();
    private final Map<String, Integer> clean = new HashMap<>();
    private final Map<String, Integer> disturbed = new HashMap<>();
    private final Map<String, Integer> redone = new HashMap<>();

    void record(ForkSchedule.Fork fork, ForkEntry entry, boolean redo) {
        String id = fork.job().id();
        ran.merge(id, 1, Integer::sum);
        if (redo) {
            redone.merge(id, 1, Integer::sum);
        }
        if (entry.status().failed() || entry.status().skipped()) {
            return;
        }
        (entry.interference().wasDisturbed() ? disturbed : clean).merge(id, 1, Integer::sum);
    }

    /** How many forks of the case have run. */
    int ran(CaseJob job) {
        return ran.getOrDefault(job.id(), 0);
    }

    /** The cases (calibration aside) with fewer than {@code wanted} clean forks and a disturbed one not yet redone. */
    List<CaseJob> shortOf(List<CaseJob> jobs, int wanted) {
        return jobs.stream().filter(j -> !ForkSchedule.isCalibration(j))
                .filter(j -> clean.getOrDefault(j.id(), 0) < wanted)
                .filter(j -> disturbed.getOrDefault(j.id(), 0) > redone.getOrDefault(j.id(), 0))
                .toList();
    }
}
