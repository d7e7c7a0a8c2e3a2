package org.ipclab.queue.message;

/** A received message failed its checksum or arrived out of sequence: the case fails as corrupt-payload. */
public final class CorruptMessageException extends java.io.IOException {
    public static final String REASON = "corrupt-payload";

    public CorruptMessageException(String message) {
        super(message);
    }
}
