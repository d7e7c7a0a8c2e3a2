package org.ipclab.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A lock file held for the rest of this JVM's life. The kernel drops the lock when the JVM dies,
 * however it dies, so another process can tell a live owner from a dead one by probing it.
 */
final class OwnerLock {
    /** What a probe of an owner lock file finds. */
    enum State {
        /** No lock file: nothing can be told. */
        ABSENT,
        /** A live process (this one included) holds it. */
        HELD,
        /** Nobody holds it: its owner is gone. */
        FREE,
        /** It could not be probed (a read-only copy, an I/O error). */
        UNKNOWN
    }

    /** The locks this JVM holds: open for its whole life, as a lock ends when its channel closes. */
    private static final List<FileChannel> HELD = new CopyOnWriteArrayList<>();

    private OwnerLock() {
    }

    /** Takes the lock on {@code file} (created if missing) for good; false when another process holds it. */
    static boolean hold(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (channel.tryLock() == null) {
            channel.close();
            return false;
        }
        HELD.add(channel);
        return true;
    }

    static State probe(Path file) {
        if (!Files.exists(file)) {
            return State.ABSENT;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return State.HELD;
            }
            probe.release();
            return State.FREE;
        } catch (OverlappingFileLockException e) {
            return State.HELD; // this JVM holds it
        } catch (IOException e) {
            return State.UNKNOWN;
        }
    }
}
