package org.ipclab.queue.jvm;

import java.util.Queue;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.ipclab.queue.channel.Channel;

/**
 * The plumbing shared by the channels that carry each message as its own heap array through a
 * {@link Queue} per direction: one end's outbound queue is the other end's inbound one.
 */
abstract class HeapQueueChannel<Q extends Queue<byte[]>> implements Channel {
    protected final Q outbound;
    protected final Q inbound;

    protected HeapQueueChannel(Q outbound, Q inbound) {
        this.outbound = outbound;
        this.inbound = inbound;
    }

    /** Both ends, {first, second}, over two fresh queues crossed between them. */
    protected static <Q> Channel[] crossedPair(Supplier<Q> queues, BiFunction<Q, Q, Channel> end) {
        Q ab = queues.get();
        Q ba = queues.get();
        return new Channel[] {end.apply(ab, ba), end.apply(ba, ab)};
    }

    /** Copies a received array into the caller's buffer. */
    protected static void copyOut(byte[] got, byte[] message, int length) {
        System.arraycopy(got, 0, message, 0, Math.min(length, got.length));
    }

    @Override
    public final boolean tryReceive(byte[] message, int length) {
        byte[] got = inbound.poll();
        if (got == null) {
            return false;
        }
        copyOut(got, message, length);
        return true;
    }

    @Override
    public final void close() {
        // heap only
    }
}
