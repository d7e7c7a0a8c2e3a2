package org.ipclab.queue.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.PrivateDir;
import org.ipclab.core.SharedMapping;
import org.ipclab.queue.message.CorruptMessageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared-memory ring on a tiny geometry: 4 slots of 64 bytes (48 of data), two views of one mapping. */
@Timeout(30)
class MappedRingTest {
    private static final int SLOTS = 4;
    private static final int SLOT_BYTES = 64;

    private Path dir;
    private MappedRing producer;
    private MappedRing consumer;
    private MappedByteBuffer mapping;

    @BeforeEach
    void map() throws Exception {
        dir = PrivateDir.create();
        Waiter waiter = new Waiter(Wait.YIELD, new Watchdog(Duration.ofSeconds(20)));
        Path file = dir.resolve("ring.map");
        long bytes = MappedRing.bytes(SLOTS, SLOT_BYTES);
        producer = new MappedRing(SharedMapping.create(file, bytes), 0, SLOTS, SLOT_BYTES, waiter);
        mapping = SharedMapping.open(file, bytes);
        consumer = new MappedRing(mapping, 0, SLOTS, SLOT_BYTES, waiter);
    }

    @AfterEach
    void remove() {
        PrivateDir.deleteTree(dir);
    }

    private static byte[] message(int length, long seed) {
        byte[] message = new byte[length];
        new SplittableRandom(seed).nextBytes(message);
        return message;
    }

    @Test
    void shouldWrapAroundManyTimesKeepingOrder() throws Exception {
        for (int i = 0; i < 1000; i++) {
            byte[] sent = message(1 + i % 48, i);
            producer.write(sent, sent.length);
            byte[] got = new byte[sent.length];
            consumer.read(got, got.length);
            assertArrayEquals(sent, got, "message " + i);
        }
    }

    @Test
    void shouldFillTheRingThenDrainIt() throws Exception {
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < SLOTS; i++) {
                producer.write(message(40, round * 10L + i), 40);
            }
            for (int i = 0; i < SLOTS; i++) {
                byte[] got = new byte[40];
                consumer.read(got, 40);
                assertArrayEquals(message(40, round * 10L + i), got);
            }
        }
    }

    @Test
    void shouldFragmentAndReassembleMessagesLargerThanTheWholeRing() throws Exception {
        int count = 200;
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < count; i++) {
                    int length = 1 + (i * 37) % 1000;
                    byte[] got = new byte[length];
                    consumer.read(got, length);
                    assertArrayEquals(message(length, i), got, "message " + i);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < count; i++) {
            int length = 1 + (i * 37) % 1000;
            producer.write(message(length, i), length);
        }
        reader.get(20, TimeUnit.SECONDS);
    }

    @Test
    void shouldRejectAFrameWhoseLengthDoesNotFit() throws Exception {
        producer.write(message(40, 1), 40);
        mapping.putInt(MappedRing.HEADER_BYTES + 8, 4000);
        assertThrows(CorruptMessageException.class, () -> consumer.read(new byte[40], 40));
    }

    @Test
    void shouldRejectAMessageOfTheWrongLength() throws Exception {
        producer.write(message(30, 1), 30);
        CorruptMessageException e = assertThrows(CorruptMessageException.class, () -> consumer.read(new byte[40], 40));
        assertEquals("message of 30 bytes where 40 were due", e.getMessage());
    }
}
