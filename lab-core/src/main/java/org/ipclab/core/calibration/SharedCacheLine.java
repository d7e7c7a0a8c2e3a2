package org.ipclab.core.calibration;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import org.ipclab.core.SharedMapping;

/**
 * One 64-byte cache line of a file mapped by two processes: a ping word and a pong word, written with
 * release and read with acquire. Both sides busy-spin on it, which makes it the machine's floor for
 * cross-process communication.
 */
public final class SharedCacheLine {
    public static final int PING = 0;
    public static final int PONG = 8;
    /** Written to the ping word to tell the echoing side to stop. */
    public static final long STOP = -1;

    private static final VarHandle LONGS = SharedMapping.LONG;
    static final int SIZE = 4096;
    private static final int SPINS_PER_CLOCK_CHECK = 1 << 16;

    private final MappedByteBuffer line;

    private SharedCacheLine(MappedByteBuffer line) {
        this.line = line;
    }

    /** The measuring side makes the file, before its peer starts. */
    public static SharedCacheLine create(Path file) throws IOException {
        return new SharedCacheLine(SharedMapping.create(file, SIZE));
    }

    public static SharedCacheLine open(Path file) throws IOException {
        return new SharedCacheLine(SharedMapping.open(file, SIZE));
    }

    public void put(int word, long value) {
        LONGS.setRelease(line, word, value);
    }

    public long get(int word) {
        return (long) LONGS.getAcquire(line, word);
    }

    /**
     * Spins until the word differs from {@code previous}; returns the new value.
     *
     * @throws IllegalStateException when nothing changes before the deadline (System.nanoTime)
     */
    public long awaitChange(int word, long previous, long deadlineNs) {
        int spins = 0;
        long value;
        while ((value = (long) LONGS.getAcquire(line, word)) == previous) {
            Thread.onSpinWait();
            if (++spins == SPINS_PER_CLOCK_CHECK) {
                spins = 0;
                if (System.nanoTime() > deadlineNs) {
                    throw new IllegalStateException("no answer on the shared cache line before the deadline");
                }
            }
        }
        return value;
    }
}
