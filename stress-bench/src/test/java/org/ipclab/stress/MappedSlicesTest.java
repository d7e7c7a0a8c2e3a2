package org.ipclab.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ipclab.core.PrivateDir;
import org.junit.jupiter.api.Test;

class MappedSlicesTest {
    @Test
    void shouldHandOutWholeCacheLinesApart() {
        MappedSlices slices = new MappedSlices(100);
        MappedByteBuffer first = slices.next();
        first.put(0, (byte) 7);
        MappedByteBuffer second = slices.next();
        assertEquals(128, first.capacity());
        assertEquals(0, second.get(0));
    }

    @Test
    void shouldZeroASliceHandedOutAgain() {
        MappedSlices slices = new MappedSlices(64);
        MappedByteBuffer first = slices.next();
        first.put(0, (byte) 7);
        for (int i = 1; i < MappedSlices.SLICES; i++) {
            slices.next();
        }
        MappedByteBuffer again = slices.next();
        assertEquals(0, again.get(0));
        assertEquals(0, first.get(0), "the same memory as the first");
    }

    @Test
    void shouldLeaveNoFileBehind() throws IOException {
        new MappedSlices(64);
        try (Stream<Path> files = Files.list(PrivateDir.base())) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().startsWith("ipclab-stress-")).count());
        }
    }
}
