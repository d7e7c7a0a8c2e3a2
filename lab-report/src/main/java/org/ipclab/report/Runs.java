package org.ipclab.report;

import java.nio.file.Path;
import java.util.List;
import org.ipclab.report.read.RunFolder;

/** Reads every run folder named on the command line before anything is written. */
final class Runs {
    private Runs() {
    }

    static List<RunFolder> readAll(List<Path> dirs) {
        return dirs.stream().map(RunFolder::read).toList();
    }
}
