package org.ipclab.queue.channel;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Two ends joined by in-memory queues, with no I/O: lets the rigs and the responder be tested alone.
 * An optional fault (applied to what one end sends) lets tests corrupt, drop or repeat messages.
 */
public final class InMemoryChannel implements Channel {
    private static final byte[] CLOSED = new byte[0];
    private static final long POLL_MS = 50;

    private final LinkedBlockingQueue<byte[]> outbox;
    private final LinkedBlockingQueue<byte[]> inbox;
    private final Watchdog watchdog;
    private final Function<byte[], List<byte[]>> fault;

    private InMemoryChannel(LinkedBlockingQueue<byte[]> outbox, LinkedBlockingQueue<byte[]> inbox,
                            Watchdog watchdog, Function<byte[], List<byte[]>> fault) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.watchdog = watchdog;
        this.fault = fault;
    }

    /** Two faultless ends: {first, second}. */
    public static InMemoryChannel[] pair(Watchdog watchdog) {
        return pair(watchdog, List::of);
    }

    /**
     * Returns {first, second}; {@code firstSendsFault} maps each message the first end sends to what
     * is delivered (none drops it, two repeat it, an altered copy corrupts it).
     */
    public static InMemoryChannel[] pair(Watchdog watchdog, Function<byte[], List<byte[]>> firstSendsFault) {
        LinkedBlockingQueue<byte[]> ab = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<byte[]> ba = new LinkedBlockingQueue<>();
        return new InMemoryChannel[] {
            new InMemoryChannel(ab, ba, watchdog, firstSendsFault),
            new InMemoryChannel(ba, ab, watchdog, List::of)};
    }

    @Override
    public void send(byte[] message, int length) {
        outbox.addAll(fault.apply(Arrays.copyOf(message, length)));
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        byte[] got = null;
        while (got == null) {
            watchdog.check();
            try {
                got = inbox.poll(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChannelAbortedException("interrupted");
            }
        }
        deliver(got, message, length);
    }

    @Override
    public boolean tryReceive(byte[] message, int length) throws IOException {
        byte[] got = inbox.poll();
        if (got == null) {
            return false;
        }
        deliver(got, message, length);
        return true;
    }

    private void deliver(byte[] got, byte[] message, int length) throws ChannelClosedException {
        if (got == CLOSED) {
            inbox.add(CLOSED);
            throw new ChannelClosedException("the other end closed");
        }
        System.arraycopy(got, 0, message, 0, Math.min(length, got.length));
    }

    @Override
    public void close() {
        outbox.add(CLOSED);
    }
}
