package org.ipclab.queue.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.ipclab.queue.message.CorruptMessageException;
import org.ipclab.queue.message.MessageCodec;
import org.ipclab.queue.rig.Responder;
import org.ipclab.queue.rig.Session;
import org.ipclab.queue.rig.ThroughputRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The payload check proves the copy: a channel that does not move every cache line of every message
 * (it keeps the receiver's stale buffer, or copies only the header or the first line) fails with
 * {@link CorruptMessageException}, on either side, while the honest in-memory channel passes.
 */
@Timeout(30)
class PayloadCopyTest {
    private static final int ROUND_TRIPS = 100;
    private static final long THROUGHPUT_NS = Duration.ofMillis(20).toNanos();

    /** The rig and a responder thread over in-memory ends; either end may be made dishonest. */
    private static final class Pair implements AutoCloseable {
        final Session session;
        final Thread responder;
        final AtomicReference<Throwable> responderError = new AtomicReference<>();
        private final Channel rigEnd;

        Pair(int size, int rigCopies, int responderCopies) {
            InMemoryChannel[] ends = InMemoryChannel.pair(new Watchdog(Duration.ofSeconds(10)));
            rigEnd = rigCopies < size ? new PartialCopyChannel(ends[0], rigCopies) : ends[0];
            Channel responderEnd = responderCopies < size ? new PartialCopyChannel(ends[1], responderCopies) : ends[1];
            session = new Session(rigEnd, size);
            responder = new Thread(() -> {
                try (responderEnd) {
                    Responder.run(responderEnd, new MessageCodec(size));
                } catch (Throwable t) {
                    responderError.set(t);
                }
            }, "test-responder");
            responder.start();
        }

        void roundTrips() throws IOException {
            for (int i = 0; i < ROUND_TRIPS; i++) {
                session.receiveEcho(session.send(MessageCodec.REPLY));
            }
        }

        @Override
        public void close() throws Exception {
            rigEnd.close();
            responder.join(10_000);
        }
    }

    @ParameterizedTest(name = "size {0}")
    @ValueSource(ints = {8, 12, 64, 66, 130, 1024, 65536})
    void shouldPassAnHonestChannelAtEverySize(int size) throws Exception {
        try (Pair pair = new Pair(size, size, size)) {
            pair.roundTrips();
            new ThroughputRig(pair.session).run(1, THROUGHPUT_NS);
            pair.session.stop();
            pair.responder.join(10_000);
            assertFalse(pair.responder.isAlive(), "responder still running after STOP");
            assertEquals(null, pair.responderError.get());
        }
    }

    @ParameterizedTest(name = "copies {0} bytes of 1024")
    @ValueSource(ints = {0, MessageCodec.HEADER_BYTES, MessageCodec.LINE_BYTES, 1024 - MessageCodec.LINE_BYTES})
    void shouldFailARoundTripWhenTheRigReceivesOnlyPartOfTheEcho(int copied) throws Exception {
        try (Pair pair = new Pair(1024, copied, 1024)) {
            assertThrows(CorruptMessageException.class, pair::roundTrips);
        }
    }

    @Test
    void shouldFailARoundTripWhenTheSmallestMessageIsNeverCopied() throws Exception {
        try (Pair pair = new Pair(MessageCodec.MIN_SIZE, 0, MessageCodec.MIN_SIZE)) {
            assertThrows(CorruptMessageException.class, pair::roundTrips);
        }
    }

    @Test
    void shouldFailAThroughputRunWhenOnlyTheFirstCacheLineIsCopied() throws Exception {
        try (Pair pair = new Pair(65536, MessageCodec.LINE_BYTES, 65536)) {
            ThroughputRig rig = new ThroughputRig(pair.session);
            assertThrows(CorruptMessageException.class, () -> rig.run(1, THROUGHPUT_NS));
        }
    }

    @Test
    void shouldFailTheResponderWhenItReceivesOnlyTheFirstCacheLine() throws Exception {
        try (Pair pair = new Pair(1024, 1024, MessageCodec.LINE_BYTES)) {
            // The responder fails on the first message and closes its end, so the rig's wait ends too.
            assertThrows(IOException.class, pair::roundTrips);
            pair.responder.join(10_000);
            assertInstanceOf(CorruptMessageException.class, pair.responderError.get());
        }
    }
}
