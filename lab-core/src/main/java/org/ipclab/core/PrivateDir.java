package org.ipclab.core;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The run's private folder (mode 0700) for FIFOs, socket files, mappings and queues: under /dev/shm
 * where present so mappings live in memory. Its name carries the owning runner's pid
 * ({@code ipclab-<pid>-<n>}) and the owner holds a lock on a file inside it, so a later run can remove
 * the folders of dead runs, and only those.
 */
public final class PrivateDir {
    private static final Pattern NAME = Pattern.compile("ipclab-(\\d+)-.*");
    private static final String OWNER_LOCK = ".owner.lock";

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
        Path dir = Files.createTempDirectory(base(), "ipclab-" + pid + "-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (!OwnerLock.hold(dir.resolve(OWNER_LOCK))) {
            throw new IOException("the new private folder " + dir + " is locked by another process");
        }
        return dir;
    }

    /** The private folders of other live processes (their owner lock is held), oldest owner first. */
    public static List<Path> heldByOthers(Path own) {
        List<Path> held = new ArrayList<>();
        for (Path dir : privateFolders("other runs")) {
            if (!dir.equals(own) && locked(dir)) {
                held.add(dir);
            }
        }
        held.sort(Comparator.comparing(d -> d.getFileName().toString()));
        return held;
    }

    /** Removes the private folders whose owning process is gone; returns how many. */
    public static int removeStale() {
        int removed = 0;
        for (Path dir : privateFolders("stale folders")) {
            Matcher m = NAME.matcher(dir.getFileName().toString());
            if (m.matches() && !alive(Long.parseLong(m.group(1))) && !locked(dir)) {
                deleteTree(dir);
                removed++;
            }
        }
        return removed;
    }

    /** Every lab private folder under the base, whoever owns it; {@code what} names the scan in a warning. */
    private static List<Path> privateFolders(String what) {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base(), "ipclab-*")) {
            for (Path dir : dirs) {
                if (NAME.matcher(dir.getFileName().toString()).matches() && Files.isDirectory(dir)) {
                    folders.add(dir);
                }
            }
        } catch (IOException e) {
            System.err.println("warning: could not scan " + base() + " for " + what + ": " + e.getMessage());
        }
        return folders;
    }

    /**
     * Whether a live process still holds the folder's owner lock: a run in another pid namespace
     * sharing /dev/shm (a container) has a pid this one cannot see, but its lock is still seen.
     */
    private static boolean locked(Path dir) {
        OwnerLock.State state = OwnerLock.probe(dir.resolve(OWNER_LOCK));
        return state == OwnerLock.State.HELD || state == OwnerLock.State.UNKNOWN; // unsure: keep the folder
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
