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
public final class PollingQueueChannel extends HeapQueueChannel<Queue<byte[]>> {
    private final Waiter waiter;

    private PollingQueueChannel(Queue<byte[]> outbound, Queue<byte[]> inbound, Waiter waiter) {
        super(outbound, inbound);
        this.waiter = waiter;
    }

    public static Channel[] pair(Supplier<Queue<byte[]>> queues, Waiter waiter) {
        return crossedPair(queues, (outbound, inbound) -> new PollingQueueChannel(outbound, inbound, waiter));
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
        waiter.receive(this, message, length);
    }
}
