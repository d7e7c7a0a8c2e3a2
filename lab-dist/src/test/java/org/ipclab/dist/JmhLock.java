package org.ipclab.dist;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * JMH's machine-wide lock: every JMH runner holds a file lock on {@code <java.io.tmpdir>/jmh.lock} while
 * its benchmarks run; a lock case's JVM holds it for its JMH, and waits for it.
 */
final class JmhLock {
    /** The runner's java.io.tmpdir is the JDK's default here, and it names the lock there to its case JVMs. */
    static final Path FILE = Paths.get("/tmp", "jmh.lock");

    private JmhLock() {
    }

    /** Pids of the run's processes holding the lock now, read from /proc/locks. */
    static List<Long> heldBy(String token) throws IOException {
        if (!Files.exists(FILE)) {
            return List.of();
        }
        String inode = String.valueOf(Files.getAttribute(FILE, "unix:ino"));
        List<Long> holders = new ArrayList<>();
        for (String line : Files.readAllLines(Paths.get("/proc/locks"))) {
            // "1: POSIX  ADVISORY  WRITE 4242 08:01:131090 0 EOF"; a waiter's line has "->" after the number.
            String[] f = line.replace("->", "").trim().split("\\s+");
            if (f.length > 5 && f[5].endsWith(":" + inode)) {
                long pid = Long.parseLong(f[4]);
                ProcessHandle.of(pid).filter(p -> Lab.carries(p, token)).ifPresent(p -> holders.add(pid));
            }
        }
        return holders;
    }

    /**
     * Whether this JVM can take the lock within {@code seconds} (and gives it back at once). Another
     * run's JMH on this machine may hold it for a benchmark: it lets go between cases.
     */
    static boolean takeable(long seconds) throws IOException, InterruptedException {
        if (!Files.exists(FILE)) {
            return true; // no JMH ever ran here, so nothing can hold it
        }
        try (FileChannel channel = FileChannel.open(FILE, StandardOpenOption.WRITE)) {
            for (long i = 0; i < seconds * 10; i++) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    lock.release();
                    return true;
                }
                Thread.sleep(100);
            }
        }
        return false;
    }
}
