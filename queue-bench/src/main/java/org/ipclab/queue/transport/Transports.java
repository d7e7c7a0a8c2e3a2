package org.ipclab.queue.transport;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.SynchronousQueue;
import org.ipclab.queue.jvm.AgronaRingChannel;
import org.ipclab.queue.jvm.BlockingQueueChannel;
import org.ipclab.queue.jvm.DisruptorChannel;
import org.ipclab.queue.jvm.HandoffChannel;
import org.ipclab.queue.jvm.PollingQueueChannel;
import org.jctools.queues.SpscArrayQueue;

/**
 * Every channel the cases sweep, registered here and nowhere else, in the order the summary reads:
 * from the floor (shm) through the shared-memory ring, Aeron, Chronicle and the kernel's pipes and
 * sockets, then the in-JVM queues. Bounded in-JVM queues hold {@value #CAPACITY} messages.
 */
public final class Transports {
    static final int CAPACITY = 1024;
    private static final boolean POLLS = true;
    private static final boolean BLOCKS = false;

    private static final List<Transport> ALL = List.of(
            new ShmTransport(),
            new MmapTransport(),
            new AeronTransport(),
            new ChronicleTransport(),
            new PipeTransport(),
            new FifoTransport(),
            new UdsTransport(),
            new TcpTransport(),
            new UdpTransport(),
            new ThreadTransport("jvm-handoff", POLLS, HandoffChannel::pair),
            new ThreadTransport("jvm-disruptor", POLLS, DisruptorChannel::pair),
            new ThreadTransport("jvm-agrona-1to1", POLLS, (size, waiter) -> AgronaRingChannel.pair(waiter))
                    .maxSize(AgronaRingChannel.MAX_SIZE),
            new ThreadTransport("jvm-jctools-spsc", POLLS,
                    (size, waiter) -> PollingQueueChannel.pair(() -> new SpscArrayQueue<>(CAPACITY), waiter)),
            new ThreadTransport("jvm-clq", POLLS,
                    (size, waiter) -> PollingQueueChannel.pair(ConcurrentLinkedQueue::new, waiter)),
            new ThreadTransport("jvm-abq", BLOCKS, (size, waiter) ->
                    BlockingQueueChannel.pair(() -> new ArrayBlockingQueue<>(CAPACITY), waiter.watchdog())),
            new ThreadTransport("jvm-lbq", BLOCKS, (size, waiter) ->
                    BlockingQueueChannel.pair(() -> new LinkedBlockingQueue<>(CAPACITY), waiter.watchdog())),
            new ThreadTransport("jvm-ltq", BLOCKS,
                    (size, waiter) -> BlockingQueueChannel.pair(LinkedTransferQueue::new, waiter.watchdog())),
            // A SynchronousQueue holds nothing: a send waits for the responder, which waits for its echo to be taken.
            new ThreadTransport("jvm-sq", BLOCKS,
                    (size, waiter) -> BlockingQueueChannel.pair(SynchronousQueue::new, waiter.watchdog())).closedLoop());

    private Transports() {
    }

    public static List<Transport> all() {
        return ALL;
    }

    /** The transport named {@code label}; the message names the bad value and the valid ones. */
    public static Transport named(String label) {
        return ALL.stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown transport '" + label + "' (valid: "
                        + String.join(", ", ALL.stream().map(Transport::label).toList()) + ")"));
    }
}
