package org.ipclab.core.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ipclab.core.cli.BadInputException;
import org.ipclab.core.cli.WritableFolder;

/**
 * The handshake secret shared by {@code serve} and {@code run --peer-host}, read from a file so it never
 * stands on a command line (where {@code ps} shows it). Trailing white space (the file's newline) is
 * not part of it.
 */
public final class RunSecret {
    private static final String HINT = "; give a file holding the handshake secret, the same for serve and run"
            + " (e.g. made with: head -c 32 /dev/urandom | base64 > secret)";

    private RunSecret() {
    }

    /** The secret's bytes; a missing, unreadable or empty file is the user's mistake, named. */
    public static byte[] read(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException("--secret-file '" + file + "' is a folder, not a file" + HINT);
        }
        if (!Files.exists(file)) {
            throw new BadInputException("--secret-file '" + file + "' does not exist" + HINT);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("--secret-file '" + file + "' cannot be read (" + WritableFolder.reason(e) + ")"
                    + HINT);
        }
        int end = bytes.length;
        while (end > 0 && Character.isWhitespace(bytes[end - 1])) {
            end--;
        }
        if (end == 0) {
            throw new BadInputException("--secret-file '" + file + "' is empty" + HINT);
        }
        return Arrays.copyOf(bytes, end);
    }
}
