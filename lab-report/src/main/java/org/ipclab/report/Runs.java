package org.ipclab.report;

import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.RunOwner;
import org.ipclab.report.read.RunFolder;

/**
 * Reads every run folder named on the command line before anything is written. A folder left
 * {@code running} by a runner that is gone is filed as abandoned first; a run that did not complete
 * is named on stderr (stdout may carry JSON), since only its finished cases are there.
 */
final class Runs {
    private Runs() {
    }

    /** @param command the command reading them ({@code report}, {@code compare}, {@code publish}) */
    static List<RunFolder> readAll(List<Path> dirs, String command) {
        return dirs.stream().map(dir -> read(dir, command)).toList();
    }

    private static RunFolder read(Path dir, String command) {
        RunOwner.noticeAbandoned(dir, command);
        RunFolder run = RunFolder.read(dir);
        String status = run.info().status();
        if (!"complete".equals(status)) {
            System.err.println("note: run " + run.info().runId() + " is " + status
                    + (RunOwner.ABANDONED.equals(status) ? " (its runner is gone)" : "")
                    + ": only its finished cases are used");
        }
        return run;
    }
}
