package org.ipclab.queue.link;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.SynchronousQueue;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.jvm.AgronaRingChannel;
import org.ipclab.queue.jvm.BlockingQueueChannel;
import org.ipclab.queue.jvm.DisruptorChannel;
import org.ipclab.queue.jvm.HandoffChannel;
import org.ipclab.queue.jvm.PollingQueueChannel;
import org.jctools.queues.SpscArrayQueue;

/** The channels between two threads of one JVM; bounded queues hold {@value #CAPACITY} messages. */
public enum JvmTransport implements Transport {
    HANDOFF("jvm-handoff", true) {
        @Override
        public Channel[] pair(int maxSize, Waiter waiter) {
            return HandoffChannel.pair(maxSize, waiter);
        }
    },
    ABQ("jvm-abq", false) {
        @Override
        public Channel[] pair(int maxSize, Waiter waiter) {
            return BlockingQueueChannel.pair(() -> new ArrayBlockingQueue<>(CAPACITY), waiter.watchdog());
        }
    },
    LBQ("jvm-lbq", false) {
        @Override
        public Channel[] pair(int maxSize, Waiter waiter) {
            return BlockingQueueChannel.pair(() -> new LinkedBlockingQueue<>(CAPACITY), waiter.watchdog());
        }
    },
    SQ("jvm-sq", false) {
        /** A SynchronousQueue holds nothing: a send waits for the responder, which waits for its echo to be taken. */
        @Override
        public boolean openLoop() {
            return false;
        }

        @Override
        public Channel[] pair(int maxSize, Waiter waiter) {
            return BlockingQueueChannel.pair(SynchronousQueue::new, waiter.watchdog());
        }
    },
    LTQ("jvm-ltq", false) {
        @Override
        public Channel[] pair(int maxSize, Waiter waiter) {
            return BlockingQueueChannel.pair(LinkedTransferQueue::new, waiter.watchdog());
        }
    },
    CLQ("jvm-clq", true) {
        @Override
        public Channel[] pair(int maxSize, Waiter waiter) {
            return PollingQueueChannel.pair(ConcurrentLinkedQueue::new, waiter);
        }
    },
    JCTOOLS_SPSC("jvm-jctools-spsc", true) {
        @Override
        public Channel[] pair(int maxSize, Waiter waiter) {
            return PollingQueueChannel.pair(() -> new SpscArrayQueue<>(CAPACITY), waiter);
        }
    },
    AGRONA_1TO1("jvm-agrona-1to1", true) {
        @Override
        public int maxSize() {
            return AgronaRingChannel.MAX_SIZE;
        }

        @Override
        public Channel[] pair(int maxSize, Waiter waiter) {
            return AgronaRingChannel.pair(waiter);
        }
    },
    DISRUPTOR("jvm-disruptor", true) {
        @Override
        public Channel[] pair(int maxSize, Waiter waiter) {
            return DisruptorChannel.pair(maxSize, waiter);
        }
    };

    static final int CAPACITY = 1024;

    private final String label;
    private final boolean polls;

    JvmTransport(String label, boolean polls) {
        this.label = label;
        this.polls = polls;
    }

    /** Both ends, {first, second}; the second goes to the responder thread. */
    public abstract Channel[] pair(int maxSize, Waiter waiter);

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean polls() {
        return polls;
    }
}
