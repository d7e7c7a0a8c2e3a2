package org.ipclab.queue.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipclab.core.PrivateDir;
import org.ipclab.queue.message.MessageCodec;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.queue.rig.FixedRateRig;
import org.ipclab.queue.rig.Responder;
import org.ipclab.queue.rig.Session;
import org.ipclab.queue.rig.ThroughputRig;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every channel keeps, run against each one: messages of every size it carries arrive whole, in
 * order and intact, one at a time, streamed and polled for (at a fixed rate), and nothing is left
 * outside the private folder.
 */
class ChannelContractTest {
    private static final int[] SIZES = {8, 64, 1024, 65536};
    private static final int ROUND_TRIPS = 200;
    private static final int FIXED_RATE = 20_000;

    static List<ChannelPairs.Factory> channels() {
        return ChannelPairs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    @Timeout(60)
    void shouldDeliverEveryMessageInOrderAndIntactAtEverySize(ChannelPairs.Factory factory) throws Exception {
        Set<String> shmBefore = listing(Paths.get("/dev/shm"));
        Set<String> tmpBefore = listing(Paths.get(System.getProperty("java.io.tmpdir")));
        for (int size : SIZES) {
            if (size > factory.maxSize()) {
                continue;
            }
            Path dir = PrivateDir.create();
            try {
                exchange(factory, dir, size);
            } finally {
                PrivateDir.deleteTree(dir);
            }
        }
        assertEquals(shmBefore, listing(Paths.get("/dev/shm")), "files left in /dev/shm");
        assertEquals(tmpBefore, listing(Paths.get(System.getProperty("java.io.tmpdir"))), "files left in tmp");
    }

    private static void exchange(ChannelPairs.Factory factory, Path dir, int size) throws Exception {
        Waiter waiter = new Waiter(Wait.SPIN, new Watchdog(Duration.ofSeconds(30)));
        ChannelPairs.Ends ends = factory.opener().open(dir, size, waiter);
        AtomicReference<Throwable> responderError = new AtomicReference<>();
        Thread responder = new Thread(() -> {
            try {
                Responder.run(ends.second(), new MessageCodec(size));
            } catch (Throwable t) {
                responderError.set(t);
            }
        }, "test-responder");
        responder.start();
        try {
            assertFalse(ends.first().tryReceive(new byte[size], size), "tryReceive with nothing sent");
            Session session = new Session(ends.first(), size);
            for (int i = 0; i < ROUND_TRIPS; i++) {
                session.receiveEcho(session.send(MessageCodec.REPLY));
            }
            if (factory.streams()) {
                new ThroughputRig(session).run(2, Duration.ofMillis(30).toNanos());
            }
            if (factory.openLoop()) {
                LatencyRecorder recorder = new LatencyRecorder();
                new FixedRateRig(session, waiter.watchdog()).run(FIXED_RATE, Duration.ofMillis(20).toNanos(), recorder);
                assertEquals(FIXED_RATE / 50, recorder.total().getTotalCount());
            }
            session.stop();
            responder.join(10_000);
            assertFalse(responder.isAlive(), "responder still running after STOP");
            assertNull(responderError.get(), () -> factory + " size " + size + ": " + responderError.get());
        } finally {
            closeAll(ends, responder);
        }
    }

    private static void closeAll(ChannelPairs.Ends ends, Thread responder) throws Exception {
        if (responder.isAlive()) {
            responder.interrupt();
        }
        ends.first().close();
        ends.second().close();
        ends.resources().close();
    }

    private static Set<String> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            // The machine is shared: judge only names these channels could leave (Aeron's default
            // folder aeron-<user>[-…], Chronicle queue files, socket, FIFO and mapping files), not
            // another program's aeron-something.
            String aeronDefault = "aeron-" + System.getProperty("user.name");
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.equals(aeronDefault) || n.startsWith(aeronDefault + "-") || n.contains(".cq4") || n.endsWith(".sock")
                            || n.endsWith(".fifo") || n.endsWith(".map") || n.endsWith(".cq"))
                    .collect(Collectors.toSet());
        }
    }
}
