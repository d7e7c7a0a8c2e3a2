package org.ipclab.queue.rig;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.ipclab.queue.channel.InMemoryChannel;
import org.ipclab.queue.channel.Watchdog;
import org.ipclab.queue.message.CorruptMessageException;
import org.ipclab.queue.message.MessageCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A benchmark that can't fail is no benchmark: each fault on the wire must stop the responder. */
@Timeout(30)
class ResponderFaultTest {
    private static final int SIZE = 64;
    private static final int FAULTY = 5;

    private static void assertResponderRejects(Function<byte[], List<byte[]>> fault) throws Exception {
        InMemoryChannel[] ends = InMemoryChannel.pair(new Watchdog(Duration.ofSeconds(10)), fault);
        CompletableFuture<Void> responder = CompletableFuture.runAsync(() -> {
            try {
                Responder.run(ends[1], new MessageCodec(SIZE));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Session session = new Session(ends[0], SIZE);
        for (int i = 0; i < 10; i++) {
            session.send(0);
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> responder.get(10, TimeUnit.SECONDS));
        assertThrows(CorruptMessageException.class, () -> {
            throw e.getCause().getCause();
        });
    }

    private static int sequence(byte[] message) {
        return message[0] & 0xff;
    }

    @Test
    void shouldDetectACorruptedFrame() throws Exception {
        assertResponderRejects(m -> {
            if (sequence(m) == FAULTY) {
                m[SIZE - 1] ^= 0x40;
            }
            return List.of(m);
        });
    }

    @Test
    void shouldDetectALostMessage() throws Exception {
        assertResponderRejects(m -> sequence(m) == FAULTY ? List.of() : List.of(m));
    }

    @Test
    void shouldDetectARepeatedMessage() throws Exception {
        assertResponderRejects(m -> sequence(m) == FAULTY ? List.of(m, m.clone()) : List.of(m));
    }

    @Test
    void shouldDetectReorderedMessages() throws Exception {
        byte[][] held = new byte[1][];
        assertResponderRejects(m -> {
            if (sequence(m) == FAULTY) {
                held[0] = m;
                return List.of();
            }
            return sequence(m) == FAULTY + 1 ? List.of(m, held[0]) : List.of(m);
        });
    }
}
