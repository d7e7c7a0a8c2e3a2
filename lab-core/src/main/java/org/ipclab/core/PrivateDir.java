package org.ipclab.core;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The run's private folder (mode 0700) for FIFOs, socket files, mappings and queues: under /dev/shm
 * where present so mappings live in memory. Its name carries the owning runner's pid
 * ({@code ipclab-<pid>-<n>}) so a later run can remove the folders of dead runs, and only those.
 */
public final class PrivateDir {
    private static final Pattern NAME = Pattern.compile("ipclab-(\\d+)-.*");

    private PrivateDir() {
    }

    /** Where private folders go: /dev/shm when it is a writable folder, else java.io.tmpdir. */
    public static Path base() {
        Path shm = Paths.get("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return shm;
        }
        return Paths.get(System.getProperty("java.io.tmpdir"));
    }

    public static Path create() throws IOException {
        long pid = ProcessHandle.current().pid();
        return Files.createTempDirectory(base(), "ipclab-" + pid + "-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /** Removes the private folders whose owning process is gone; returns how many. */
    public static int removeStale() {
        int removed = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base(), "ipclab-*")) {
            for (Path dir : dirs) {
                Matcher m = NAME.matcher(dir.getFileName().toString());
                if (m.matches() && Files.isDirectory(dir) && !alive(Long.parseLong(m.group(1)))) {
                    deleteTree(dir);
                    removed++;
                }
            }
        } catch (IOException e) {
            System.err.println("warning: could not scan " + base() + " for stale folders: " + e.getMessage());
        }
        return removed;
    }

    private static boolean alive(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        return handle.isPresent() && handle.get().isAlive();
    }

    /** Deletes a folder and everything in it; quietly ignores what is already gone. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    System.err.println("warning: could not delete " + p + ": " + e.getMessage());
                }
            });
        } catch (IOException e) {
            System.err.println("warning: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
