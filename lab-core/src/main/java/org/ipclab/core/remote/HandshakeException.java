package org.ipclab.core.remote;

import java.io.IOException;

/** A handshake with a responder that failed; {@link #reason()} is one word for a {@code failed:} row. */
public final class HandshakeException extends IOException {
    private final String reason;

    public HandshakeException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** e.g. {@code wrong-secret}, {@code not-a-responder}, {@code refused}. */
    public String reason() {
        return reason;
    }
}
