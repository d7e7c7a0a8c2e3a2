package org.ipclab.queue.jvm;

import com.lmax.disruptor.EventPoller;
import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import java.io.IOException;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Waiter;

/**
 * An LMAX Disruptor ring per direction (single producer, preallocated events each holding a
 * message-sized array): the sender claims with {@code tryNext}, copies in and publishes; the receiver
 * drains one event at a time through an {@link EventPoller} that gates the producer.
 */
public final class DisruptorChannel implements Channel {
    private static final int MAX_EVENTS = 1024;
    /**
     * Preallocated bytes per ring at most: 1024 events up to 64 KiB messages, fewer above (64 at 1 MiB),
     * so both rings fit the case JVM's heap at every size the catalogue offers.
     */
    private static final long RING_BYTES = 64L << 20;

    /** A preallocated event: the Disruptor way, no allocation per message. */
    private static final class Event {
        final byte[] data;
        int length;

        Event(int maxSize) {
            data = new byte[maxSize];
        }
    }

    private record Direction(RingBuffer<Event> ring, EventPoller<Event> poller) {
        static Direction create(int maxSize) {
            RingBuffer<Event> ring = RingBuffer.createSingleProducer(() -> new Event(maxSize), events(maxSize));
            EventPoller<Event> poller = ring.newPoller();
            ring.addGatingSequences(poller.getSequence());
            return new Direction(ring, poller);
        }
    }

    /** The ring's event count for a message size: a power of two (the Disruptor's rule), at least 2. */
    static int events(int maxSize) {
        long fit = Math.max(2, Math.min(MAX_EVENTS, RING_BYTES / Math.max(1, maxSize)));
        return Integer.highestOneBit((int) fit);
    }

    private final Direction outbound;
    private final Direction inbound;
    private final Waiter waiter;
    private final EventPoller.Handler<Event> copyOut = this::copyOut;
    private byte[] target;
    private boolean received;

    private DisruptorChannel(Direction outbound, Direction inbound, Waiter waiter) {
        this.outbound = outbound;
        this.inbound = inbound;
        this.waiter = waiter;
    }

    public static Channel[] pair(int maxSize, Waiter waiter) {
        Direction ab = Direction.create(maxSize);
        Direction ba = Direction.create(maxSize);
        return new Channel[] {new DisruptorChannel(ab, ba, waiter), new DisruptorChannel(ba, ab, waiter)};
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        RingBuffer<Event> ring = outbound.ring();
        long sequence;
        for (int i = 0; ; i++) {
            try {
                sequence = ring.tryNext();
                break;
            } catch (InsufficientCapacityException full) {
                waiter.idle(i);
            }
        }
        Event event = ring.get(sequence);
        System.arraycopy(message, 0, event.data, 0, length);
        event.length = length;
        ring.publish(sequence);
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        waiter.receive(this, message, length);
    }

    @Override
    public boolean tryReceive(byte[] message, int length) throws IOException {
        target = message;
        received = false;
        try {
            inbound.poller().poll(copyOut);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        return received;
    }

    /** Takes one event and stops the poller there, so each receive consumes exactly one message. */
    private boolean copyOut(Event event, long sequence, boolean endOfBatch) {
        System.arraycopy(event.data, 0, target, 0, event.length);
        received = true;
        return false;
    }

    @Override
    public void close() {
        // heap only
    }
}
