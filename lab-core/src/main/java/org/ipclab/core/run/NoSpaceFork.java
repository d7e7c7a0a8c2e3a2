package org.ipclab.core.run;

import java.util.List;
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
        return new ForkEntry(fork.fork(), fork.round(), status, 0, null, null, null,
                List.of(ResultRow.empty(job.spec(), job.spec().name(), status).withParams(job.params())), null,
                List.of("fork " + fork.fork() + " not started: " + status), null, null, null, null);
    }
}
