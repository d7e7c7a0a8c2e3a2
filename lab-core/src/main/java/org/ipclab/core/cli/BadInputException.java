package org.ipclab.core.cli;

/** A user's mistake (a bad value, a missing folder): reported in one line with exit code 2, no stack trace. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
