package org.ipclab.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ipclab.core.calibration.FloorProbe;
import org.ipclab.core.calibration.SharedCacheLine;

/**
 * Starts peer JVMs on this JVM's launcher and class path with chosen flags, and waits (bounded) for
 * the handshake line {@code IPCLAB-PEER <pid> <secret>} on the peer's stdout. The peer's stderr goes
 * to ours, so its failures land in the case log.
 *
 * <pre>
 *   case JVM ──stdin──▶ peer JVM (PeerMain → PeerRole)
 *            ◀─stdout──  handshake line, then the role's data
 * </pre>
 */
public final class PeerLauncher {
    static final String SECRET_ENV = "IPCLAB_SECRET";
    public static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);

    private final List<String> extraFlags;
    private final String secret = newSecret();
    private volatile Double probedFloorNs;
    /** Every peer started, so a failed case can ask whether one of them died first. */
    private final List<Peer> started = new CopyOnWriteArrayList<>();

    public PeerLauncher(List<String> extraFlags) {
        this.extraFlags = List.copyOf(extraFlags);
    }

    private static String newSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public Peer start(Class<? extends PeerRole> role, String... args) throws IOException, InterruptedException {
        return start(null, role, args);
    }

    /**
     * Starts the peer and, before its role runs, measures the floor between this JVM and it (see
     * {@link FloorProbe}); {@link #probedFloorNs} then holds it.
     *
     * @param dir a private folder for the probe's mapped file (removed after the probe)
     */
    public Peer startProbed(Path dir, Class<? extends PeerRole> role, String... args)
            throws IOException, InterruptedException {
        Path file = dir.resolve("floor-probe.line");
        SharedCacheLine line = SharedCacheLine.create(file);
        try {
            Peer peer = start(file, role, args);
            try {
                probedFloorNs = FloorProbe.measure(line);
            } catch (RuntimeException e) {
                peer.close();
                throw new PeerException("floor probe with peer " + peer.pid() + " failed: " + e.getMessage(), e);
            }
            return peer;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The floor measured by the last {@link #startProbed}, if any. */
    public OptionalDouble probedFloorNs() {
        return probedFloorNs == null || probedFloorNs.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(probedFloorNs);
    }

    /**
     * When a case fails, a peer that died by itself is the likelier cause than what the case saw (a
     * closed stream, a missed handshake): {@code peer-<its exit in words>}, e.g. {@code peer-sigkill}.
     */
    public Optional<String> deadPeerCause() throws InterruptedException {
        for (Peer peer : started) {
            OptionalInt code = peer.diedWith(Peer.REAP_WAIT);
            if (code.isPresent()) {
                return Optional.of(FailureReason.ofPeerExit(code.getAsInt()));
            }
        }
        return Optional.empty();
    }

    private Peer start(Path probeFile, Class<? extends PeerRole> role, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        String cpus = System.getProperty(Placement.PEER_CPUS_PROPERTY);
        if (cpus != null) {
            command.addAll(List.of("taskset", "-c", cpus)); // the fork's placement puts peers on their own CPU
        }
        command.add(JvmFlags.currentJava());
        command.addAll(JvmFlags.handedOn());
        command.addAll(extraFlags);
        command.add("-cp");
        command.add(JvmFlags.classPath());
        command.add(PeerMain.class.getName());
        command.add(role.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put(SECRET_ENV, secret);
        if (probeFile != null) {
            builder.environment().put(FloorProbe.FILE_ENV, probeFile.toString());
        } else {
            builder.environment().remove(FloorProbe.FILE_ENV);
        }
        Process process = builder.start();
        Peer peer = new Peer(process, secret);
        started.add(peer);
        try {
            awaitHandshake(peer);
        } catch (RuntimeException | IOException | InterruptedException e) {
            peer.close();
            throw e;
        }
        return peer;
    }

    private void awaitHandshake(Peer peer) throws IOException, InterruptedException {
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ipclab-handshake");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<String> line = reader.submit(() -> readLine(peer.in()));
            String got = line.get(HANDSHAKE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            String expected = PeerMain.HANDSHAKE + " " + peer.pid() + " " + secret;
            if (!expected.equals(got)) {
                throw new PeerException("peer " + peer.pid() + " answered '" + got + "' instead of the handshake");
            }
        } catch (TimeoutException e) {
            throw new PeerException("peer " + peer.pid() + " sent no handshake within "
                    + HANDSHAKE_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new PeerException("peer " + peer.pid() + " handshake failed: " + e.getCause(), e.getCause());
        } finally {
            reader.shutdownNow();
        }
    }

    /** Reads one line byte by byte, so nothing after it is consumed from the data stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
            if (line.size() > 256) {
                break;
            }
        }
        if (b == -1 && line.size() == 0) {
            throw new IOException("peer closed its output before the handshake");
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
