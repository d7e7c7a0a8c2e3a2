package org.ipclab.core.cli;

/**
 * The one way every command refuses a user's mistake (a bad value, a missing folder): {@link Cli}'s handler
 * prints the message as one line, exits 2 and shows no stack trace. The message names the bad value and the
 * valid ones.
 */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
