package org.ipclab.queue.jvm;

import java.io.IOException;
import java.util.Arrays;
import java.util.Queue;
import java.util.function.Supplier;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Waiter;

/**
 * A non-blocking {@link Queue} per direction (ConcurrentLinkedQueue, JCTools SpscArrayQueue): the
 * sender offers its own copy of each message, both sides busy-poll through the waiter.
 */
public final class PollingQueueChannel implements Channel {
    private final Queue<byte[]> outbound;
    private final Queue<byte[]> inbound;
    private final Waiter waiter;

    private PollingQueueChannel(Queue<byte[]> outbound, Queue<byte[]> inbound, Waiter waiter) {
        this.outbound = outbound;
        this.inbound = inbound;
        this.waiter = waiter;
    }

    public static Channel[] pair(Supplier<Queue<byte[]>> queues, Waiter waiter) {
        Queue<byte[]> ab = queues.get();
        Queue<byte[]> ba = queues.get();
        return new Channel[] {new PollingQueueChannel(ab, ba, waiter), new PollingQueueChannel(ba, ab, waiter)};
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        byte[] copy = Arrays.copyOf(message, length);
        for (int i = 0; !outbound.offer(copy); i++) {
            waiter.idle(i);
        }
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        for (int i = 0; !tryReceive(message, length); i++) {
            waiter.idle(i);
        }
    }

    @Override
    public boolean tryReceive(byte[] message, int length) {
        byte[] got = inbound.poll();
        if (got == null) {
            return false;
        }
        System.arraycopy(got, 0, message, 0, Math.min(length, got.length));
        return true;
    }

    @Override
    public void close() {
        // heap only
    }
}
