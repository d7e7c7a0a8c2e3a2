package org.ipclab.queue.link;

import org.ipclab.core.FailureReason;
import org.ipclab.queue.channel.ChannelAbortedException;
import org.ipclab.queue.message.CorruptMessageException;

/** Turns what went wrong into the one-word reason of a {@code failed:<reason>} row. */
final class Failures {
    /** Exit code of a peer whose responder found a corrupt message. */
    static final int EXIT_CORRUPT = 3;

    private Failures() {
    }

    /** {@code peer-sigkill}, {@code peer-exit-1}: the peer's exit in the words every failure reason uses. */
    static String peerExited(int code) {
        return code == EXIT_CORRUPT ? CorruptMessageException.REASON : FailureReason.ofPeerExit(code);
    }

    /** The reason an exception carries by itself, or null when only the link can tell. */
    static String ownReason(Throwable error) {
        if (error instanceof CorruptMessageException) {
            return CorruptMessageException.REASON;
        }
        if (error instanceof ChannelAbortedException aborted) {
            return aborted.reason();
        }
        return null;
    }

    static String fallback(Throwable error) {
        return error.getClass().getSimpleName();
    }
}
