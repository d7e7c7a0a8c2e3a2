package org.ipclab.queue.channel;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import org.ipclab.core.SharedMapping;

/**
 * The lab's shared-memory channel: one {@link MappedRing} per direction in one mapped file (in the
 * private folder, under /dev/shm where present). 2048 slots of 1 KiB per direction: a 64 KiB message
 * goes as 66 fragments and the ring still holds 31 of them in flight.
 */
public final class MappedRingChannel implements Channel {
    private static final String FILE = "ring.map";
    public static final int SLOTS = 2048;
    public static final int SLOT_BYTES = 1024;
    private static final long RING_BYTES = alignPage(MappedRing.bytes(SLOTS, SLOT_BYTES));

    private final MappedRing outbound;
    private final MappedRing inbound;

    private MappedRingChannel(MappedByteBuffer buffer, boolean parent, Waiter waiter) {
        MappedRing toPeer = new MappedRing(buffer, 0, SLOTS, SLOT_BYTES, waiter);
        MappedRing toParent = new MappedRing(buffer, (int) RING_BYTES, SLOTS, SLOT_BYTES, waiter);
        this.outbound = parent ? toPeer : toParent;
        this.inbound = parent ? toParent : toPeer;
    }

    /** The mapped file: both rings, 2 × (128 + 2048 × 1 KiB) page-aligned = 4.0 MiB (4108 KiB measured in /dev/shm). */
    public static long fileBytes() {
        return 2 * RING_BYTES;
    }

    private static long alignPage(long bytes) {
        return (bytes + 4095) & ~4095L;
    }

    public static MappedRingChannel create(Path dir, Waiter waiter) throws IOException {
        return new MappedRingChannel(SharedMapping.create(dir.resolve(FILE), 2 * RING_BYTES), true, waiter);
    }

    public static MappedRingChannel open(Path dir, Waiter waiter) throws IOException {
        return new MappedRingChannel(SharedMapping.open(dir.resolve(FILE), 2 * RING_BYTES), false, waiter);
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        outbound.write(message, length);
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        inbound.read(message, length);
    }

    @Override
    public boolean tryReceive(byte[] message, int length) throws IOException {
        return inbound.tryRead(message, length);
    }

    @Override
    public void close() {
        // the mapping goes with the buffer; the file with the private folder
    }
}
