package org.ipclab.queue.channel;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import org.ipclab.core.SharedMapping;

/**
 * Direct shared memory, the floor: one slot in a mapping, a turn counter in its first cache line and
 * the message right after it (a 56-byte message shares that line; 64 bytes spill into the next).
 * Both processes spin on the turn: odd turns are the parent's messages, even ones the peer's replies.
 * Strictly alternating by design, so only round trips use it.
 *
 * <pre>
 *   parent: write message, turn=2k+1 (release)  ──▶  peer: sees 2k+1 (acquire), reads
 *   parent: sees 2k+2 (acquire), reads         ◀──  peer: writes reply, turn=2k+2 (release)
 * </pre>
 */
public final class SharedLineChannel implements Channel {
    private static final String FILE = "shared-line.map";
    private static final int TURN = 0;
    private static final int DATA = Long.BYTES;

    private final MappedByteBuffer buffer;
    private final Waiter waiter;
    private long turn;
    private boolean sentLast;

    private SharedLineChannel(MappedByteBuffer buffer, Waiter waiter) {
        this.buffer = buffer;
        this.waiter = waiter;
    }

    /** The mapped file: the turn word and one message; tmpfs gives it whole pages. */
    public static long fileBytes(int maxSize) {
        return (bytes(maxSize) + 4095) & ~4095L;
    }

    private static long bytes(int maxSize) {
        return DATA + (long) maxSize;
    }

    public static SharedLineChannel create(Path dir, int maxSize, Waiter waiter) throws IOException {
        return new SharedLineChannel(SharedMapping.create(dir.resolve(FILE), bytes(maxSize)), waiter);
    }

    public static SharedLineChannel open(Path dir, int maxSize, Waiter waiter) throws IOException {
        return new SharedLineChannel(SharedMapping.open(dir.resolve(FILE), bytes(maxSize)), waiter);
    }

    /**
     * One side over a zeroed slice of a mapping the caller owns (both sides get the same slice): the
     * stress tests run the two sides as threads over many small slices of one file.
     */
    public static SharedLineChannel over(MappedByteBuffer slice, int maxSize, Waiter waiter) {
        if (slice.capacity() < bytes(maxSize)) {
            throw new IllegalArgumentException("a slice of " + slice.capacity() + " bytes; " + maxSize
                    + "-byte messages need " + bytes(maxSize));
        }
        return new SharedLineChannel(slice, waiter);
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        if (sentLast) {
            throw new IllegalStateException("shared-line channel: a send must follow a receive (round trips only)");
        }
        awaitTurn(turn);
        buffer.put(DATA, message, 0, length);
        turn++;
        SharedMapping.LONG.setRelease(buffer, TURN, turn);
        sentLast = true;
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        awaitTurn(turn + 1);
        buffer.get(DATA, message, 0, length);
        turn++;
        sentLast = false;
    }

    @Override
    public boolean tryReceive(byte[] message, int length) throws IOException {
        if ((long) SharedMapping.LONG.getAcquire(buffer, TURN) != turn + 1) {
            return false;
        }
        receive(message, length);
        return true;
    }

    private void awaitTurn(long expected) throws ChannelAbortedException {
        for (int i = 0; (long) SharedMapping.LONG.getAcquire(buffer, TURN) != expected; i++) {
            waiter.idle(i);
        }
    }

    @Override
    public void close() {
        // the mapping goes with the buffer; the file with the private folder
    }
}
