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
