package org.ipclab.core.run;

import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord.ForkEntry;

/** The entry of a fork that was not started because its files would not fit (see {@link ForkSpace}). */
final class NoSpaceFork {
    private NoSpaceFork() {
    }

    /** @param status the full {@code skipped:no-space(…)} status, kept as built (not a reason word) */
    static ForkEntry entry(ForkSchedule.Fork fork, RowStatus status) {
        CaseJob job = fork.job();
        ForkEntry entry = new ForkEntry();
        entry.fork = fork.fork();
        entry.round = fork.round();
        entry.status = status;
        entry.rows.add(ResultRow.empty(job.spec(), job.spec().name(), status).withParams(job.params()));
        entry.warnings.add("fork " + fork.fork() + " not started: " + status);
        return entry;
    }
}
