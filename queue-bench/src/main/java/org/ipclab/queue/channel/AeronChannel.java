package org.ipclab.queue.channel;

import io.aeron.Aeron;
import io.aeron.ControlledFragmentAssembler;
import io.aeron.ExclusivePublication;
import io.aeron.Publication;
import io.aeron.Subscription;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import io.aeron.logbuffer.ControlledFragmentHandler;
import java.io.IOException;
import java.nio.file.Path;
import org.agrona.concurrent.UnsafeBuffer;
import org.ipclab.queue.message.CorruptMessageException;

/**
 * Aeron IPC: an exclusive publication and a subscription per direction on the embedded media driver
 * the parent runs (its folder inside the private folder). Messages above the MTU are fragmented by
 * Aeron and put back together by a fragment assembler; each receive stops after one whole message.
 */
public final class AeronChannel implements Channel {
    private static final String DRIVER_DIR = "aeron";
    /** 4 MiB terms: messages up to term/8 = 512 KiB, and 12 MiB of log per direction, not Aeron's 192. */
    private static final String CHANNEL = "aeron:ipc?term-length=4m";
    public static final int MAX_SIZE = 512 * 1024;
    /**
     * The driver's folder at its largest: per direction one IPC log of 3 terms + 4 KiB metadata
     * (12,587,008 bytes), plus cnc.dat (11,538,432 with Aeron 1.51, whose error log is at least 4 MiB)
     * and loss-report.dat (1 MiB) = 36.0 MiB, as listed in a running driver's folder; 40 MiB leaves a margin.
     */
    public static final long DRIVER_FOLDER_BYTES = 40L << 20;
    private static final int COUNTERS_BYTES = 1 << 20;
    private static final int TO_PEER = 1001;
    private static final int TO_PARENT = 1002;
    private static final int FRAGMENT_LIMIT = 64;

    private final Aeron aeron;
    private final ExclusivePublication publication;
    private final Subscription subscription;
    private final Waiter waiter;
    private final UnsafeBuffer sendBuffer = new UnsafeBuffer(new byte[0]);
    private final ControlledFragmentAssembler assembler = new ControlledFragmentAssembler(this::onMessage);
    private byte[] target;
    private int expectedLength;
    private int receivedLength = -1;

    private AeronChannel(Path dir, int outStream, int inStream, Waiter waiter) throws IOException {
        this.waiter = waiter;
        this.aeron = Aeron.connect(new Aeron.Context().aeronDirectoryName(dir.resolve(DRIVER_DIR).toString()));
        try {
            this.publication = aeron.addExclusivePublication(CHANNEL, outStream);
            this.subscription = aeron.addSubscription(CHANNEL, inStream);
            for (int i = 0; !publication.isConnected() || !subscription.isConnected(); i++) {
                waiter.idle(i);
            }
        } catch (IOException | RuntimeException e) {
            aeron.close();
            throw e;
        }
    }

    /**
     * Starts the embedded media driver; the parent closes it (which deletes its folder) after the case.
     * The counters keep Aeron 1.44's default 1 MiB (1.51's 8 MiB, with their metadata, make a 48 MiB
     * cnc.dat): two streams need a handful of counters, and the folder must fit a small /dev/shm.
     */
    public static MediaDriver launchDriver(Path dir) {
        return MediaDriver.launchEmbedded(new MediaDriver.Context()
                .aeronDirectoryName(dir.resolve(DRIVER_DIR).toString())
                .threadingMode(ThreadingMode.SHARED)
                .counterValuesBufferLength(COUNTERS_BYTES)
                .dirDeleteOnStart(true)
                .dirDeleteOnShutdown(true));
    }

    public static AeronChannel openParent(Path dir, Waiter waiter) throws IOException {
        return new AeronChannel(dir, TO_PEER, TO_PARENT, waiter);
    }

    public static AeronChannel openPeer(Path dir, Waiter waiter) throws IOException {
        return new AeronChannel(dir, TO_PARENT, TO_PEER, waiter);
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        sendBuffer.wrap(message, 0, length);
        for (int i = 0; ; i++) {
            long result = publication.offer(sendBuffer, 0, length);
            if (result > 0) {
                return;
            }
            if (result == Publication.CLOSED || result == Publication.MAX_POSITION_EXCEEDED) {
                throw new ChannelClosedException("publication refused the message: " + Publication.errorString(result));
            }
            waiter.idle(i);
        }
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        for (int i = 0; !tryReceive(message, length); i++) {
            // An unconnected subscription can't deliver; checked rarely, it walks the images.
            if ((i & 1023) == 1023 && !subscription.isConnected()) {
                throw new ChannelClosedException("the other end's publication went away");
            }
            waiter.idle(i);
        }
    }

    /** One poll; a message whose fragments are still arriving stays in the assembler for the next. */
    @Override
    public boolean tryReceive(byte[] message, int length) throws IOException {
        target = message;
        expectedLength = length;
        receivedLength = -1;
        subscription.controlledPoll(assembler, FRAGMENT_LIMIT);
        if (receivedLength < 0) {
            return false;
        }
        if (receivedLength != length) {
            throw new CorruptMessageException("message of " + receivedLength + " bytes where " + length + " were due");
        }
        return true;
    }

    private ControlledFragmentHandler.Action onMessage(org.agrona.DirectBuffer buffer, int offset, int length,
                                                       io.aeron.logbuffer.Header header) {
        if (receivedLength >= 0) {
            return ControlledFragmentHandler.Action.ABORT;
        }
        buffer.getBytes(offset, target, 0, Math.min(length, expectedLength));
        receivedLength = length;
        return ControlledFragmentHandler.Action.BREAK;
    }

    @Override
    public void close() {
        aeron.close();
    }
}
