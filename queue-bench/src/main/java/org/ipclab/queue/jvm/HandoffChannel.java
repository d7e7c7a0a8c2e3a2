package org.ipclab.queue.jvm;

import java.io.IOException;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Waiter;

/**
 * Two threads handing messages over through a volatile field, the in-process floor: per direction a
 * one-message slot (a heap array) and a volatile count of messages published into it; the receiver
 * acknowledges with its own volatile count. No queue, no allocation, just the two cache-line trips.
 */
public final class HandoffChannel implements Channel {
    /** One direction's slot; the counters are volatile fields the threads spin on. */
    private static final class Slot {
        final byte[] data;
        volatile long published;
        volatile long consumed;

        Slot(int maxSize) {
            data = new byte[maxSize];
        }
    }

    private final Slot outbound;
    private final Slot inbound;
    private final Waiter waiter;

    private HandoffChannel(Slot outbound, Slot inbound, Waiter waiter) {
        this.outbound = outbound;
        this.inbound = inbound;
        this.waiter = waiter;
    }

    public static Channel[] pair(int maxSize, Waiter waiter) {
        Slot ab = new Slot(maxSize);
        Slot ba = new Slot(maxSize);
        return new Channel[] {new HandoffChannel(ab, ba, waiter), new HandoffChannel(ba, ab, waiter)};
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        long published = outbound.published;
        for (int i = 0; outbound.consumed != published; i++) {
            waiter.idle(i);
        }
        System.arraycopy(message, 0, outbound.data, 0, length);
        outbound.published = published + 1;
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        waiter.receive(this, message, length);
    }

    @Override
    public boolean tryReceive(byte[] message, int length) {
        long consumed = inbound.consumed;
        if (inbound.published == consumed) {
            return false;
        }
        System.arraycopy(inbound.data, 0, message, 0, length);
        inbound.consumed = consumed + 1;
        return true;
    }

    @Override
    public void close() {
        // heap only
    }
}
