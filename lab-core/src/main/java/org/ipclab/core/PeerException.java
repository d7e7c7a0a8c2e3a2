package org.ipclab.core;

/** A peer did not start, answer or finish as agreed; the case fails with this message. */
public final class PeerException extends RuntimeException {
    public PeerException(String message) {
        super(message);
    }

    public PeerException(String message, Throwable cause) {
        super(message, cause);
    }
}
