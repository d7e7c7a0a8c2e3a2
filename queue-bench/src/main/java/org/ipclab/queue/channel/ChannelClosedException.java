package org.ipclab.queue.channel;

import java.io.IOException;

/** The other end closed the channel (end of stream) while a message was expected. */
public final class ChannelClosedException extends IOException {
    public ChannelClosedException(String message) {
        super(message);
    }
}
