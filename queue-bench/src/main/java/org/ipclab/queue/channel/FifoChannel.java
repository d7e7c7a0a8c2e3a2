package org.ipclab.queue.channel;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Named pipes made with {@code mkfifo} in the case's private folder, one per direction. Both ends
 * open "to-peer" first and "to-parent" second, so the blocking opens pair up without deadlock.
 */
public final class FifoChannel extends StreamChannel {
    private static final String TO_PEER = "to-peer.fifo";
    private static final String TO_PARENT = "to-parent.fifo";

    private FifoChannel(InputStream in, OutputStream out) {
        super(in, out);
    }

    /** Makes both FIFOs (mode 0600); called by the parent before the peer starts. */
    public static void create(Path dir) throws IOException, InterruptedException {
        for (String name : new String[] {TO_PEER, TO_PARENT}) {
            Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", dir.resolve(name).toString())
                    .redirectErrorStream(true).start();
            if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
                mkfifo.destroyForcibly();
                throw new IOException("mkfifo " + name + " failed: " + new String(mkfifo.getInputStream().readAllBytes()));
            }
        }
    }

    public static FifoChannel openParent(Path dir) throws IOException {
        OutputStream out = new FileOutputStream(dir.resolve(TO_PEER).toFile());
        return new FifoChannel(new FileInputStream(dir.resolve(TO_PARENT).toFile()), out);
    }

    public static FifoChannel openPeer(Path dir) throws IOException {
        InputStream in = new FileInputStream(dir.resolve(TO_PEER).toFile());
        return new FifoChannel(in, new FileOutputStream(dir.resolve(TO_PARENT).toFile()));
    }

    /**
     * Unblocks an open that waits for a peer which will never come: opening a FIFO read-write
     * never blocks and counts as both a reader and a writer.
     */
    public static void unblockOpens(Path dir) {
        for (String name : new String[] {TO_PEER, TO_PARENT}) {
            try (java.io.RandomAccessFile ignored = new java.io.RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
                // opening is all it takes
            } catch (IOException e) {
                // already gone: nothing is waiting on it
            }
        }
    }
}
