package org.ipclab.lock.shared;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.ipclab.core.SharedMapping;

/**
 * The state several JVMs share: one small file, mapped by each. Three longs, each on its own cache
 * line: the spin-lock word, the counter, and an arrival count that lines the processes up before a
 * round so they really contend.
 *
 * <pre>
 *   offset   0  lock word   (shm-cas: 0 free, else the owner's pid)
 *   offset  64  counter     (guarded by the strategy's lock)
 *   offset 128  arrivals    (start barrier of a round)
 * </pre>
 */
public final class SharedCounterFile implements AutoCloseable {
    static final int SIZE = 4096;
    /** The three lines the layout uses: the least a slice must hold. */
    public static final int LAYOUT_BYTES = 3 * 64;
    private static final int LOCK = 0;
    private static final int COUNTER = 64 / Long.BYTES;
    private static final int ARRIVALS = 128 / Long.BYTES;
    private static final VarHandle LONGS = SharedMapping.LONG;

    private final FileChannel channel;
    private final MappedByteBuffer map;

    SharedCounterFile(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        map = channel.map(FileChannel.MapMode.READ_WRITE, 0, SIZE);
    }

    /**
     * The same layout over a zeroed slice of a mapping the caller owns, for threads of one process (the
     * stress tests): there is no file, so only the {@code shm-cas} lock works over it.
     */
    public SharedCounterFile(MappedByteBuffer slice) {
        if (slice.capacity() < LAYOUT_BYTES) {
            throw new IllegalArgumentException("a slice of " + slice.capacity() + " bytes; the layout needs "
                    + LAYOUT_BYTES);
        }
        channel = null;
        map = slice;
    }

    FileChannel channel() {
        if (channel == null) {
            throw new IllegalStateException("a counter over a slice has no file to lock: use shm-cas");
        }
        return channel;
    }

    boolean tryLockWord(long owner) {
        return LONGS.compareAndSet(map, LOCK * Long.BYTES, 0L, owner);
    }

    public boolean lockWordFree() {
        return (long) LONGS.getVolatile(map, LOCK * Long.BYTES) == 0L;
    }

    void releaseLockWord() {
        LONGS.setVolatile(map, LOCK * Long.BYTES, 0L);
    }

    public long counter() {
        return (long) LONGS.getVolatile(map, COUNTER * Long.BYTES);
    }

    void counter(long value) {
        LONGS.setVolatile(map, COUNTER * Long.BYTES, value);
    }

    long arrive() {
        return (long) LONGS.getAndAdd(map, ARRIVALS * Long.BYTES, 1L) + 1;
    }

    long arrivals() {
        return (long) LONGS.getVolatile(map, ARRIVALS * Long.BYTES);
    }

    /** Zeroes counter, lock word and arrivals before a round (only while no process is in one). */
    void reset() {
        counter(0);
        releaseLockWord();
        LONGS.setVolatile(map, ARRIVALS * Long.BYTES, 0L);
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
