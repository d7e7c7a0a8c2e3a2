package org.ipclab.queue.channel;

import java.io.IOException;

/** A wait was given up: the case timed out or the other end failed; {@link #reason()} says which. */
public final class ChannelAbortedException extends IOException {
    private final String reason;

    public ChannelAbortedException(String reason) {
        super("wait aborted: " + reason);
        this.reason = reason;
    }

    /** Given up because of {@code cause}: its message goes with the reason, so the row's error says what broke. */
    public ChannelAbortedException(String reason, Throwable cause) {
        super("wait aborted: " + reason + " (" + cause + ")", cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
