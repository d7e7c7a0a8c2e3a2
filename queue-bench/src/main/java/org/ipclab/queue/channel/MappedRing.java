package org.ipclab.queue.channel;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import org.ipclab.core.SharedMapping;
import org.ipclab.queue.message.CorruptMessageException;

/**
 * One direction of the lab's shared-memory channel: a single-producer/single-consumer ring of
 * fixed-size slots in a mapped file. A message larger than a slot goes as several fragments.
 *
 * <pre>
 *   [consumer position, alone on its 128 bytes] [slot 0] [slot 1] ... [slot n-1]
 *   slot = [long stamp][int fragment length][int last?][data ...]
 * </pre>
 * The producer copies a fragment in, then publishes it by writing the slot's stamp (its position + 1)
 * with release; the consumer spins on that stamp with acquire, so a small message costs one cache-line
 * transfer instead of a separate counter line and then the data. Stamps grow with the position, so a
 * slot reused after a wrap can never be mistaken for the one before. The consumer position sits on its
 * own 128 bytes (two lines, against adjacent-line prefetch) and the producer rereads it only when its
 * cached copy says the ring is full.
 */
public final class MappedRing {
    static final int HEADER_BYTES = 128;
    static final int SLOT_HEADER_BYTES = 16;
    private static final int STAMP = 0;
    private static final int LENGTH = 8;
    private static final int LAST = 12;

    private final MappedByteBuffer buffer;
    private final int base;
    private final int slots;
    private final int slotBytes;
    private final Waiter waiter;
    private long producerPosition;
    private long cachedConsumerPosition;
    private long consumerPosition;

    /** A view of the ring at {@code base}; each process holds one and uses only one side of it. */
    public MappedRing(MappedByteBuffer buffer, int base, int slots, int slotBytes, Waiter waiter) {
        if (Integer.bitCount(slots) != 1 || slotBytes % SharedMapping.CACHE_LINE != 0 || slotBytes <= SLOT_HEADER_BYTES
                || base % SharedMapping.CACHE_LINE != 0) {
            throw new IllegalArgumentException("slots must be a power of two, slot bytes and base multiples of "
                    + SharedMapping.CACHE_LINE);
        }
        this.buffer = buffer;
        this.base = base;
        this.slots = slots;
        this.slotBytes = slotBytes;
        this.waiter = waiter;
    }

    public static long bytes(int slots, int slotBytes) {
        return HEADER_BYTES + (long) slots * slotBytes;
    }

    public int fragmentBytes() {
        return slotBytes - SLOT_HEADER_BYTES;
    }

    public void write(byte[] message, int length) throws ChannelAbortedException {
        int offset = 0;
        do {
            int chunk = Math.min(length - offset, fragmentBytes());
            long position = producerPosition;
            awaitRoom(position);
            int slot = slotOffset(position);
            buffer.put(slot + SLOT_HEADER_BYTES, message, offset, chunk);
            buffer.putInt(slot + LENGTH, chunk);
            offset += chunk;
            buffer.putInt(slot + LAST, offset == length ? 1 : 0);
            SharedMapping.LONG.setRelease(buffer, slot + STAMP, position + 1);
            producerPosition = position + 1;
        } while (offset < length);
    }

    private void awaitRoom(long position) throws ChannelAbortedException {
        for (int i = 0; position - cachedConsumerPosition >= slots; i++) {
            if (i > 0) {
                waiter.idle(i);
            }
            cachedConsumerPosition = (long) SharedMapping.LONG.getAcquire(buffer, base);
        }
    }

    /** Reads the next message if its first fragment is published; false at once otherwise. */
    public boolean tryRead(byte[] message, int length) throws IOException {
        long stamp = (long) SharedMapping.LONG.getAcquire(buffer, slotOffset(consumerPosition) + STAMP);
        if (stamp != consumerPosition + 1) {
            return false;
        }
        read(message, length);
        return true;
    }

    /** Reads the next whole message, which must be {@code length} bytes. */
    public void read(byte[] message, int length) throws IOException {
        int offset = 0;
        boolean last;
        do {
            long position = consumerPosition;
            int slot = slotOffset(position);
            for (int i = 0; (long) SharedMapping.LONG.getAcquire(buffer, slot + STAMP) != position + 1; i++) {
                waiter.idle(i);
            }
            int chunk = buffer.getInt(slot + LENGTH);
            last = buffer.getInt(slot + LAST) == 1;
            if (chunk < 0 || chunk > fragmentBytes() || offset + chunk > length) {
                throw new CorruptMessageException("fragment of " + chunk + " bytes does not fit a "
                        + length + "-byte message at offset " + offset);
            }
            buffer.get(slot + SLOT_HEADER_BYTES, message, offset, chunk);
            offset += chunk;
            consumerPosition = position + 1;
            SharedMapping.LONG.setRelease(buffer, base, position + 1);
        } while (!last);
        if (offset != length) {
            throw new CorruptMessageException("message of " + offset + " bytes where " + length + " were due");
        }
    }

    private int slotOffset(long position) {
        return base + HEADER_BYTES + (int) (position & (slots - 1)) * slotBytes;
    }
}
