package org.ipclab.queue.transport;

import java.time.Duration;
import org.ipclab.queue.channel.Wait;

/** A {@code transport=} value: a kind of channel between two processes or two threads, and what it supports. */
public interface Transport {

    /** The name as written in params, e.g. {@code pipe}, {@code jvm-abq}. */
    String label();

    /**
     * Whether the transport's library loads hundreds of classes no other transport needs: its cases then share a
     * class-data archive of their own ({@link org.ipclab.core.BenchCase#classSet}).
     */
    default boolean ownClassSet() {
        return false;
    }

    /**
     * The largest message (bytes) this channel carries in one piece, after its own fragmentation:
     * 16 MiB unless the channel caps it lower.
     */
    default int maxSize() {
        return 16 << 20;
    }

    /** Whether it supports streaming (throughput, fixed-rate) or only strict ping-pong. */
    default boolean streams() {
        return true;
    }

    /**
     * Whether one thread can send on schedule while echoes are still to be taken (fixed-rate): not
     * when every send waits for the other end to take the message and that end waits for its echo.
     */
    default boolean openLoop() {
        return streams();
    }

    /** Whether both ends poll for data and room through their waiter rather than block. */
    default boolean polls() {
        return false;
    }

    /**
     * Bytes this channel's files take in the case's private folder at their largest, for size-byte
     * messages over a case of about {@code expected}; 0 for channels with no data in files
     * (pipes, sockets, FIFOs and socket files, threads).
     */
    default long scratchBytes(int size, Duration expected) {
        return 0;
    }

    /**
     * Threads that busy-wait on this channel with this wait (each wants a CPU): both ends, when they
     * poll and the wait spins.
     */
    default int spinners(Wait wait) {
        return polls() && wait == Wait.SPIN ? 2 : 0;
    }

    /**
     * Time outside the measurement, as measured through the runner: the case JVM's start (~0.4 s),
     * then the far end (a peer JVM or a thread) and the teardown.
     */
    Duration startup();
}
