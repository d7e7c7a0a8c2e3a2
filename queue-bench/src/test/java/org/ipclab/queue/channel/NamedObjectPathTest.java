package org.ipclab.queue.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ipclab.core.PrivateDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every channel opened in the deepest folder a fork can get, whatever its case id: a case's named
 * objects (socket files, FIFOs, mappings, queue folders) live in {@code <private folder>/f<fork index>/tmp},
 * so their paths depend on the fork index, never on the case id. A unix socket's path must fit the
 * 108 bytes of sun_path; a longer one fails at bind ("Unix domain path too long").
 */
class NamedObjectPathTest {
    /**
     * A run's fork index counts every fork of every case (cases x forks up to 100 x placements up to 3):
     * seven digits cover any catalogue.
     */
    private static final String DEEPEST_FORK = "f9999999";
    /** Longer than any real private folder's prefix ({@code ipclab-<pid up to 4194304>-}), and no pid to reap. */
    private static final String PREFIX = "ipclab-path-check-";
    private static Path root;
    private static Path deepest;

    @BeforeAll
    static void deepestFolder() throws Exception {
        root = Files.createTempDirectory(PrivateDir.base(), PREFIX);
        deepest = Files.createDirectories(root.resolve(DEEPEST_FORK).resolve("tmp"));
    }

    @AfterAll
    static void removeFolder() {
        PrivateDir.deleteTree(root);
    }

    static Stream<ChannelPairs.Factory> channels() {
        return ChannelPairs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    void shouldOpenAndCarryAMessageInTheDeepestForkFolder(ChannelPairs.Factory channel) throws Exception {
        Waiter waiter = new Waiter(Wait.SPIN, new Watchdog(Duration.ofSeconds(30)));
        Path dir = Files.createDirectories(deepest.resolve(channel.name()));
        ChannelPairs.Ends ends = channel.opener().open(dir, 64, waiter);
        try {
            byte[] sent = "every named object fits its limit".getBytes(StandardCharsets.US_ASCII);
            byte[] message = new byte[64];
            System.arraycopy(sent, 0, message, 0, sent.length);
            byte[] received = new byte[64];
            // On another thread: some in-JVM channels hand over only to a receiver already waiting.
            CompletableFuture<Void> send = CompletableFuture.runAsync(() -> {
                try {
                    ends.first().send(message, 64);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });
            ends.second().receive(received, 64);
            send.get(30, TimeUnit.SECONDS);
            assertArrayEquals(message, received);
        } finally {
            ends.first().close();
            ends.second().close();
            ends.resources().close();
        }
    }
}
