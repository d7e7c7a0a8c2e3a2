package org.ipclab.queue.channel;

import java.io.IOException;
import java.nio.file.Path;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.ipclab.queue.message.CorruptMessageException;

/**
 * Chronicle Queue: one queue folder per direction in the private folder; this end appends to its
 * outbound queue and tails the inbound one. Appender and tailer are made on first use because
 * Chronicle ties each to the thread that made it, which need not be the one that opened the channel.
 */
public final class ChronicleChannel implements Channel {
    private static final String TO_PEER = "to-peer.cq";
    private static final String TO_PARENT = "to-parent.cq";

    /**
     * Each direction's queue file keeps every message (grown by blocks: 80 MiB apparent per direction
     * here, but sparse in /dev/shm, so only what is written takes room), plus its index and the
     * metadata file: 1.4 MiB for a smoke round trip and 3.9 MiB for a 64-byte throughput fork were
     * measured, so 8 MiB is the fixed part.
     */
    private static final long FIXED_BYTES = 8L << 20;
    /**
     * What may be written per second, for the part that grows. Peaks measured on a 2-CPU VM: 45 k msgs/s
     * at 64 bytes; 1.13 GiB for a 64 KiB throughput fork (about 400 MB/s), 1.21 GiB at 1 MiB, 690 MiB
     * for a 64 KiB round-trip fork. Bytes get about 2.5 times the fastest; small messages about twice,
     * so a 64-byte case still asks under 64 MiB (a container's default /dev/shm) rather than being
     * skipped where it would run: 100 k messages or 1 GiB a second.
     */
    private static final long MESSAGES_PER_SECOND = 100_000;
    private static final long BYTES_PER_SECOND = 1L << 30;
    /** An excerpt's header and padding beside the message. */
    private static final long EXCERPT_OVERHEAD = 64;

    /** Both queue folders at their largest for a case of {@code size}-byte messages lasting about {@code seconds}. */
    public static long folderBytes(int size, double seconds) {
        double perSecond = Math.min(MESSAGES_PER_SECOND, BYTES_PER_SECOND / (double) (size + EXCERPT_OVERHEAD));
        return folderBytesFor((long) (perSecond * seconds), size);
    }

    /** Both queue folders once {@code messages} of {@code size} bytes were written, in either direction. */
    static long folderBytesFor(long messages, int size) {
        return FIXED_BYTES + messages * (size + EXCERPT_OVERHEAD);
    }

    private final ChronicleQueue outboundQueue;
    private final ChronicleQueue inboundQueue;
    private final Waiter waiter;
    private ExcerptAppender appender;
    private ExcerptTailer tailer;

    private ChronicleChannel(Path outbound, Path inbound, Waiter waiter) {
        this.outboundQueue = ChronicleQueue.singleBuilder(outbound).build();
        this.inboundQueue = ChronicleQueue.singleBuilder(inbound).build();
        this.waiter = waiter;
    }

    public static ChronicleChannel openParent(Path dir, Waiter waiter) {
        return new ChronicleChannel(dir.resolve(TO_PEER), dir.resolve(TO_PARENT), waiter);
    }

    public static ChronicleChannel openPeer(Path dir, Waiter waiter) {
        return new ChronicleChannel(dir.resolve(TO_PARENT), dir.resolve(TO_PEER), waiter);
    }

    @Override
    public void send(byte[] message, int length) {
        if (appender == null) {
            appender = outboundQueue.createAppender();
        }
        try (DocumentContext dc = appender.writingDocument()) {
            dc.wire().bytes().write(message, 0, length);
        }
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        waiter.receive(this, message, length);
    }

    @Override
    public boolean tryReceive(byte[] message, int length) throws IOException {
        if (tailer == null) {
            tailer = inboundQueue.createTailer();
        }
        try (DocumentContext dc = tailer.readingDocument()) {
            if (!dc.isPresent()) {
                return false;
            }
            Bytes<?> bytes = dc.wire().bytes();
            if (bytes.readRemaining() != length) {
                throw new CorruptMessageException("excerpt of " + bytes.readRemaining() + " bytes where "
                        + length + " were due");
            }
            bytes.read(message, 0, length);
            return true;
        }
    }

    @Override
    public void close() {
        // Closing a queue closes its appenders and tailers, whichever thread made them.
        outboundQueue.close();
        inboundQueue.close();
    }
}
