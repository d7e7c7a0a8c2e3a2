package org.ipclab.lock.shared;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.util.concurrent.TimeoutException;

/** A lock that excludes other processes: the {@code file-lock} and {@code shm-cas} strategies. */
public interface ProcessLock {
    long BOUND_NS = 30_000_000_000L;

    void lock() throws IOException, TimeoutException;

    void unlock() throws IOException;

    static ProcessLock of(String strategy, SharedCounterFile file) {
        return switch (strategy) {
            case "file-lock" -> new FileRegionLock(file);
            case "shm-cas" -> new MappedSpinLock(file);
            default -> throw new IllegalArgumentException("unknown cross-process strategy '" + strategy
                    + "' (valid: file-lock, shm-cas)");
        };
    }

    /** {@code file-lock}: an exclusive FileChannel lock on the first bytes (fcntl: held per process). */
    final class FileRegionLock implements ProcessLock {
        private final SharedCounterFile file;
        private FileLock held;

        FileRegionLock(SharedCounterFile file) {
            this.file = file;
        }

        @Override
        public void lock() throws IOException {
            held = file.channel().lock(0, Long.BYTES, false);
        }

        @Override
        public void unlock() throws IOException {
            held.release();
        }
    }

    /**
     * {@code shm-cas}: a test-and-test-and-set spin lock on a word of the mapping, owned by pid. Bounded:
     * a process that died holding it would otherwise keep the other spinning forever.
     */
    final class MappedSpinLock implements ProcessLock {
        private static final int MAX_SPINS = 64;
        private final SharedCounterFile file;
        private final long owner = ProcessHandle.current().pid();

        MappedSpinLock(SharedCounterFile file) {
            this.file = file;
        }

        @Override
        public void lock() throws TimeoutException {
            int spins = 1;
            long deadline = 0;
            while (!file.tryLockWord(owner)) {
                while (!file.lockWordFree()) {
                    if (spins < MAX_SPINS) {
                        for (int i = 0; i < spins; i++) {
                            Thread.onSpinWait();
                        }
                        spins <<= 1;
                    } else {
                        Thread.yield();
                        deadline = deadline == 0 ? System.nanoTime() + BOUND_NS : deadline;
                        if (System.nanoTime() > deadline) {
                            throw new TimeoutException("shm-cas lock still held after 30 s: its owner died holding it?");
                        }
                    }
                }
            }
        }

        @Override
        public void unlock() {
            file.releaseLockWord();
        }
    }
}
