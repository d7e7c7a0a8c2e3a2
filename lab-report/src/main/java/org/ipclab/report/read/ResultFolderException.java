package org.ipclab.report.read;

import java.nio.file.Path;

/** A result folder (or one of its files) that cannot be read: the message names the file and what is wrong. */
public final class ResultFolderException extends RuntimeException {
    private final Path file;

    public ResultFolderException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ResultFolderException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
