package org.ipclab.core.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one check of a folder a command is to write into, asked before any work starts. Writing is probed
 * (a temporary folder made and removed), because root ignores permission bits and only a read-only
 * mount, /proc and the like really refuse.
 */
public final class WritableFolder {
    private WritableFolder() {
    }

    /** Refuses {@code dir} unless it is a writable folder or can be created as one; {@code named} leads the message. */
    public static void require(String named, Path dir) {
        require(named, dir, "");
    }

    /** As {@link #require(String, Path)}, the message ending with {@code advice} (e.g. what to give instead). */
    public static void require(String named, Path dir, String advice) {
        String problem = problem(dir);
        if (problem != null) {
            throw new BadInputException(named + " " + problem + advice);
        }
    }

    /** Null when {@code dir} exists as a writable folder or can be created as one; else what is wrong. */
    static String problem(Path dir) {
        if (dir.toString().isBlank()) {
            return "is empty; give a folder";
        }
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            return "is a file, not a folder";
        }
        Path existing = nearestExisting(absolute);
        if (existing == null || !Files.isDirectory(existing)) {
            return "is not writable (" + existing + " is not a folder)";
        }
        try {
            Files.delete(Files.createTempDirectory(existing, ".ipclab-probe-"));
        } catch (IOException e) {
            return "is not writable (nearest existing folder: " + existing + ": " + reason(e) + ")";
        }
        return null;
    }

    /** The folder itself, or its closest ancestor that exists (where it would be created). */
    public static Path nearestExisting(Path dir) {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
