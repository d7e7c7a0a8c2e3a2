package org.ipclab.queue.link;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.queue.channel.Waiter;

/** A {@code transport=} value: a channel between two processes or two threads, and what it supports. */
public interface Transport {

    /** The name as written in params, e.g. {@code pipe}, {@code jvm-abq}. */
    String label();

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

    /**
     * Bytes this channel's files take in the case's private folder at their largest, for size-byte
     * messages over a case of about {@code expected}; 0 for channels with no data in files
     * (pipes, sockets, FIFOs and socket files, threads).
     */
    default long scratchBytes(int size, Duration expected) {
        return 0;
    }

    /** Whether both ends poll for data and room through their waiter rather than block. */
    boolean polls();

    /**
     * Threads that busy-wait on this channel with this wait strategy (each wants a CPU): both ends,
     * when they poll and the strategy spins.
     */
    default int spinners(Waiter.Strategy wait) {
        return polls() && wait == Waiter.Strategy.SPIN ? 2 : 0;
    }

    static List<Transport> all() {
        List<Transport> all = new ArrayList<>(List.of(ProcessTransport.values()));
        all.addAll(List.of(JvmTransport.values()));
        return all;
    }

    /** Parses a transport name; the message names the bad value and the valid ones. */
    static Transport parse(String name) {
        for (Transport t : all()) {
            if (t.label().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown transport '" + name + "' (valid: "
                + String.join(", ", all().stream().map(Transport::label).toList()) + ")");
    }
}
