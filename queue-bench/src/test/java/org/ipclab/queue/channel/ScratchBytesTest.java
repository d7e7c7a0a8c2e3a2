package org.ipclab.queue.channel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.ipclab.core.PrivateDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each file-backed channel's declared scratch need against its real folder after traffic, in the
 * private folder's file system (/dev/shm where present, where sparse files take only written pages).
 */
class ScratchBytesTest {
    private Path dir;
    private final Waiter waiter = new Waiter(Wait.SPIN, new Watchdog(Duration.ofSeconds(60)));

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory(PrivateDir.base(), "ipclab-scratch-test-");
    }

    @AfterEach
    void deleteDir() {
        PrivateDir.deleteTree(dir);
    }

    @Test
    void shouldFitTheMappedRingInItsDeclaredBytes() throws Exception {
        try (MappedRingChannel a = MappedRingChannel.create(dir, waiter); MappedRingChannel b = MappedRingChannel.open(dir, waiter)) {
            roundTrips(a, b, 65536, 200);
            assertFits(MappedRingChannel.fileBytes(), apparentBytes(dir), "mmap");
        }
    }

    @Test
    void shouldFitTheSharedLineInItsDeclaredBytes() throws Exception {
        int size = 65536;
        try (SharedLineChannel a = SharedLineChannel.create(dir, size, waiter);
             SharedLineChannel b = SharedLineChannel.open(dir, size, waiter)) {
            roundTrips(a, b, size, 10);
            assertFits(SharedLineChannel.fileBytes(size), apparentBytes(dir), "shm");
        }
    }

    @Test
    void shouldFitAeronsDriverFolderInItsDeclaredBytes() throws Exception {
        // The pair launches its own embedded driver, as the parent does, in the same folder.
        ChannelPairs.Ends ends = ChannelPairs.all().stream().filter(f -> f.name().equals("aeron")).findFirst()
                .orElseThrow().opener().open(dir, AeronChannel.MAX_SIZE, waiter);
        try {
            roundTrips(ends.first(), ends.second(), 65536, 200);
            // Every file at full length: the most its pages can ever take.
            assertFits(AeronChannel.DRIVER_FOLDER_BYTES, apparentBytes(dir), "aeron");
        } finally {
            ends.first().close();
            ends.second().close();
            ends.resources().close();
        }
    }

    @Test
    void shouldFitChronicleQueuesInTheirFixedPartPlusWhatWasWritten() throws Exception {
        int size = 65536;
        int trips = 300;
        try (ChronicleChannel a = ChronicleChannel.openParent(dir, waiter); ChronicleChannel b = ChronicleChannel.openPeer(dir, waiter)) {
            roundTrips(a, b, size, trips);
            // The queue files are sparse: count the pages they hold, as du does.
            long used = allocatedBytes(dir);
            assertFits(ChronicleChannel.folderBytesFor(2L * trips, size), used, "chronicle");
            assertTrue(used >= 2L * trips * size, "the queues keep every message: " + used);
        }
    }

    private static void roundTrips(Channel a, Channel b, int size, int count) throws IOException {
        byte[] message = new byte[size];
        byte[] received = new byte[size];
        for (int i = 0; i < count; i++) {
            message[i % size] = (byte) i;
            a.send(message, size);
            b.receive(received, size);
            b.send(received, size);
            a.receive(received, size);
        }
    }

    private static void assertFits(long declared, long measured, String channel) {
        assertTrue(measured <= declared, channel + ": " + measured + " bytes measured, " + declared + " declared");
    }

    private static long apparentBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long allocatedBytes(Path dir) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-s", "-B1", dir.toString()).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        du.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }
}
