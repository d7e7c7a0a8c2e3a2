package org.ipclab.report;

import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.RunOwner;
import org.ipclab.report.read.RunFolder;

/**
 * Reads every run folder named on the command line before anything is written. A folder left
 * {@code running} by a runner that is gone is filed as abandoned first, so every page shows it so.
 */
final class Runs {
    private Runs() {
    }

    /** @param command the command reading them ({@code report}, {@code compare}, {@code publish}) */
    static List<RunFolder> readAll(List<Path> dirs, String command) {
        return dirs.stream().map(dir -> {
            RunOwner.noticeAbandoned(dir, command);
            return RunFolder.read(dir);
        }).toList();
    }
}
