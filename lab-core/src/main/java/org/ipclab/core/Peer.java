package org.ipclab.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** A started peer JVM: its streams (after the handshake), and a close that never leaves it running. */
public final class Peer implements AutoCloseable {
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final Process process;
    private final String secret;
    /**
     * Set when {@link #close} found the peer alive: whatever it exits with after its stdin closed (an
     * error on end of stream, a signal from us) is then our doing, not a cause.
     */
    private volatile boolean endedByClose;

    Peer(Process process, String secret) {
        this.process = process;
        this.secret = secret;
    }

    public long pid() {
        return process.pid();
    }

    /** The peer's stdout: what it sends. */
    public InputStream in() {
        return process.getInputStream();
    }

    /** The peer's stdin: what it receives. */
    public OutputStream out() {
        return process.getOutputStream();
    }

    /** The per-run secret the peer was given, for handshakes on other channels (sockets). */
    public String secret() {
        return secret;
    }

    public Process process() {
        return process;
    }

    /**
     * Waits for the peer to finish by itself; returns its exit code.
     *
     * @throws PeerException when it has not exited within the timeout (it is then killed)
     */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new PeerException("peer " + pid() + " did not exit within " + timeout.toSeconds() + " s");
        }
        return process.exitValue();
    }

    /**
     * How long a failure's cause waits for a peer to be reaped: a peer killed a moment ago on a loaded
     * machine can take over a second to be seen as exited (300 ms named an IOException instead).
     */
    public static final Duration REAP_WAIT = Duration.ofSeconds(2);

    /**
     * The non-zero exit code of a peer that died by itself (a crash, a signal from outside), waiting up
     * to {@code wait} for a dying one to be reaped; empty while it runs, after a clean exit, or when
     * {@link #close} ended it.
     */
    public OptionalInt diedWith(Duration wait) throws InterruptedException {
        if (endedByClose || !process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) || endedByClose) {
            return OptionalInt.empty();
        }
        int code = process.exitValue();
        return code == 0 ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /** Ends the peer: stdin closed first (a polite EOF), then destroy, then destroyForcibly. */
    @Override
    public void close() {
        if (process.isAlive()) {
            endedByClose = true;
        }
        try {
            process.getOutputStream().close();
        } catch (Exception ignored) {
            // already closed or broken: the peer is going anyway
        }
        try {
            if (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
