package org.ipclab.stress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.ipclab.core.PrivateDir;
import org.ipclab.core.SharedMapping;

/**
 * Small zeroed slices of one mapped file, handed out in turn, so that each of the many states jcstress
 * makes gets its own shared memory without a file (or a mapping) of its own.
 *
 * <p>jcstress keeps at most strideSize × strideCount states alive (10,240 at its defaults, which every
 * preset and both {@link StressMode}s keep) and replaces them all between epochs, so at most twice that
 * many slices are in use at once: a ring of {@value #SLICES} is never lapped while a state that holds a
 * slice is still running (larger {@code -strideSize}/{@code -strideCount} options would need more). The
 * file is deleted as soon as it is mapped: the mapping keeps the memory, and nothing is left behind, even
 * by a killed fork.
 */
final class MappedSlices {
    static final int SLICES = 32_768;

    private final MappedByteBuffer mapping;
    private final int sliceBytes;
    private final byte[] zeros;
    private final AtomicLong handedOut = new AtomicLong();

    /** Slices of {@code sliceBytes}, rounded up to whole cache lines so each slice starts on one. */
    MappedSlices(int sliceBytes) {
        this.sliceBytes = (sliceBytes + SharedMapping.CACHE_LINE - 1) & -SharedMapping.CACHE_LINE;
        this.zeros = new byte[this.sliceBytes];
        try {
            Path file = Files.createTempFile(PrivateDir.base(), "ipclab-stress-", ".map");
            try {
                mapping = SharedMapping.open(file, (long) SLICES * this.sliceBytes);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map the stress tests' shared file", e);
        }
    }

    /** The next slice, zeroed: a fresh state's constructor takes it, and jcstress publishes the state to its actors. */
    MappedByteBuffer next() {
        int offset = (int) (handedOut.getAndIncrement() % SLICES) * sliceBytes;
        MappedByteBuffer slice = mapping.slice(offset, sliceBytes);
        slice.order(ByteOrder.nativeOrder()).put(0, zeros);
        return slice;
    }
}
