package org.ipclab.core;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A file mapped read-write by both processes, with the VarHandle that gives acquire/release on it. */
public final class SharedMapping {
    /** 8-byte views of the mapped buffer: offsets must be 8-aligned for the ordered access modes. */
    public static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    public static final int CACHE_LINE = 64;

    private SharedMapping() {
    }

    /** Creates the file at {@code size} bytes (zeroed) and maps it; the parent calls this before the peer starts. */
    public static MappedByteBuffer create(Path file, long size) throws IOException {
        try (FileChannel fc = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            return map(fc, size);
        }
    }

    /** Maps an existing file; the mapping stays valid after the channel is closed. */
    public static MappedByteBuffer open(Path file, long size) throws IOException {
        try (FileChannel fc = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return map(fc, size);
        }
    }

    private static MappedByteBuffer map(FileChannel fc, long size) throws IOException {
        MappedByteBuffer buffer = fc.map(FileChannel.MapMode.READ_WRITE, 0, size);
        buffer.order(ByteOrder.nativeOrder());
        return buffer;
    }
}
