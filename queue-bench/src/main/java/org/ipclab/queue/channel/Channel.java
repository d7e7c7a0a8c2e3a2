package org.ipclab.queue.channel;

import java.io.IOException;

/**
 * One end of a bidirectional message channel between two parties (processes or threads): the one
 * transport interface every case drives. Messages have the case's fixed size, known to both ends.
 * Each end is driven by one thread at a time.
 */
public interface Channel extends AutoCloseable {

    /** Sends {@code message[0, length)}, waiting (bounded by the channel's waiter) for room. */
    void send(byte[] message, int length) throws IOException;

    /**
     * Receives the next message into {@code message[0, length)}.
     *
     * @throws ChannelClosedException when the other end closed or went away
     * @throws ChannelAbortedException when the wait was cut short (timeout or the other end failed)
     */
    void receive(byte[] message, int length) throws IOException;

    /**
     * Receives the next message only if it has begun to arrive: returns false at once when nothing is
     * there; a message already under way (fragments, a partial read) is completed before returning true.
     * Lets one thread send on schedule and poll for replies in between.
     */
    boolean tryReceive(byte[] message, int length) throws IOException;

    @Override
    void close() throws IOException;
}
