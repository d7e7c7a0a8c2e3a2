package org.ipclab.report;

import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.RunOwner;
import org.ipclab.core.cli.BadInputException;
import org.ipclab.report.read.ResultFolderException;
import org.ipclab.report.read.RunFolder;

/**
 * Reads every run folder named on the command line before anything is written. A folder left
 * {@code running} by a runner that is gone is filed as abandoned first, so every page shows it so.
 */
final class Runs {
    private Runs() {
    }

    /**
     * @param command the command reading them ({@code report}, {@code compare}, {@code publish})
     * @throws BadInputException when a folder is missing or damaged: the user named the wrong one
     */
    static List<RunFolder> readAll(List<Path> dirs, String command) {
        try {
            return dirs.stream().map(dir -> {
                RunOwner.noticeAbandoned(dir, command);
                return RunFolder.read(dir);
            }).toList();
        } catch (ResultFolderException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
