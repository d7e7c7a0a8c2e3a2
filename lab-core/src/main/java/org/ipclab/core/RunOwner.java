package org.ipclab.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ipclab.core.schema.RunStatus;

/**
 * Who owns a run folder while it runs: the runner holds a lock on {@value #LOCK} inside it for its
 * whole life. The kernel drops the lock when the runner dies, however it dies (kill -9, a full disk, a
 * crash), so a folder whose run.json still says {@code running} while its lock is free was abandoned.
 * Whoever notices (the next run, compare, publish) files it as {@code abandoned}, with when and by
 * whom; its finished cases stay as they were.
 */
public final class RunOwner {
    public static final String LOCK = ".runner.lock";

    private RunOwner() {
    }

    /** Takes the folder's owner lock for the rest of this JVM's life. */
    public static void hold(Path runDir) throws IOException {
        if (!OwnerLock.hold(runDir.resolve(LOCK))) {
            throw new IOException(runDir + " is owned by another live run");
        }
    }

    /**
     * Whether the folder's runner is gone: it has an owner lock file nobody holds. A folder without one
     * (older runs), or whose lock can't be probed (a read-only copy), can't be told, so it is not called gone.
     */
    public static boolean runnerGone(Path runDir) {
        return OwnerLock.probe(runDir.resolve(LOCK)) == OwnerLock.State.FREE;
    }

    /**
     * Files the run as abandoned if its run.json says running, its runner is gone and it ran on this
     * host (a copy fetched from another host can't be probed here). Returns whether it did; a folder
     * that can't be written is left as it is.
     *
     * @param noticedBy what noticed: {@code run}, {@code compare}, {@code publish}, {@code report}
     */
    public static boolean noticeAbandoned(Path runDir, String noticedBy) {
        Path runJson = runDir.resolve("run.json");
        if (!runnerGone(runDir) || !Files.isRegularFile(runJson)) {
            return false;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(runJson.toFile());
            if (!(root instanceof ObjectNode record) || !RunStatus.RUNNING.word().equals(record.path("status").asText())
                    || !Environment.hostname().equals(record.path("environment").path("hostname").asText())) {
                return false;
            }
            record.put("status", RunStatus.ABANDONED.word());
            record.putObject(RunStatus.ABANDONED.word()).put("noticedAt", Instant.now().toString()).put("noticedBy", noticedBy);
            AtomicFiles.write(runJson, Json.MAPPER.writeValueAsBytes(record));
            return true;
        } catch (IOException | RuntimeException e) {
            System.err.println("warning: could not file " + runDir + " as abandoned: " + e.getMessage());
            return false;
        }
    }

    /** Every run folder directly under {@code out} that was abandoned, filed as such now; returns their names. */
    public static List<String> noticeAbandonedUnder(Path out, String noticedBy) {
        List<String> marked = new ArrayList<>();
        if (!Files.isDirectory(out)) {
            return marked;
        }
        try (Stream<Path> dirs = Files.list(out)) {
            dirs.filter(d -> Files.exists(d.resolve(LOCK)) && !Files.isSymbolicLink(d))
                    .filter(d -> noticeAbandoned(d, noticedBy))
                    .forEach(d -> marked.add(d.getFileName().toString()));
        } catch (IOException e) {
            System.err.println("warning: could not scan " + out + " for abandoned runs: " + e.getMessage());
        }
        return marked;
    }
}
