package org.ipclab.queue.jvm;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.ChannelAbortedException;
import org.ipclab.queue.channel.Watchdog;

/**
 * A {@link BlockingQueue} per direction, used the way most code does: the sender hands over its own
 * copy of each message ({@code offer} with a timeout, blocking while a bounded queue is full), the
 * receiver blocks in {@code poll} with a timeout. Timeouts keep every wait bounded by the watchdog.
 */
public final class BlockingQueueChannel extends HeapQueueChannel<BlockingQueue<byte[]>> {
    private static final long WAIT_MS = 100;

    private final Watchdog watchdog;

    private BlockingQueueChannel(BlockingQueue<byte[]> outbound, BlockingQueue<byte[]> inbound, Watchdog watchdog) {
        super(outbound, inbound);
        this.watchdog = watchdog;
    }

    public static Channel[] pair(Supplier<BlockingQueue<byte[]>> queues, Watchdog watchdog) {
        return crossedPair(queues, (outbound, inbound) -> new BlockingQueueChannel(outbound, inbound, watchdog));
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        byte[] copy = Arrays.copyOf(message, length);
        try {
            while (!outbound.offer(copy, WAIT_MS, TimeUnit.MILLISECONDS)) {
                watchdog.check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelAbortedException("interrupted");
        }
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        try {
            byte[] got;
            while ((got = inbound.poll(WAIT_MS, TimeUnit.MILLISECONDS)) == null) {
                watchdog.check();
            }
            copyOut(got, message, length);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelAbortedException("interrupted");
        }
    }
}
