package org.ipclab.core.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import org.ipclab.core.AtomicFiles;
import org.ipclab.core.Json;
import org.ipclab.core.schema.RunRecord;
import org.ipclab.core.schema.SummaryCsv;

/**
 * A run's folder under --out: {@code <UTC yyyyMMdd-HHmmss>-<host>-<suite>}, with run.json and
 * summary.csv rewritten whole after every case, and {@code latest} pointed at it.
 */
final class RunFolder {
    static final String RUN_JSON = "run.json";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;
    private RunRecord record;

    private RunFolder(Path dir, RunRecord record) {
        this.dir = dir;
        this.record = record;
    }

    /** Creates a new, unique run folder (two runs in the same second get a -2, -3 suffix). */
    static RunFolder create(Path out, String host, String suite, RunRecord record) throws IOException {
        Files.createDirectories(out);
        String base = ZonedDateTime.now(ZoneOffset.UTC).format(ID_TIME) + "-" + safe(host) + "-" + suite;
        for (int n = 1; ; n++) {
            String id = n == 1 ? base : base + "-" + n;
            try {
                Path dir = Files.createDirectory(out.resolve(id));
                Files.createDirectories(dir.resolve("logs"));
                return new RunFolder(dir, record.withRunId(id));
            } catch (FileAlreadyExistsException e) {
                // another run took this id in the same second: try the next suffix
            }
        }
    }

    /** A folder beside this one named after it, {@code <this id><suffix>}: this id is unique, and so is that. */
    RunFolder beside(String suffix, RunRecord other) throws IOException {
        String id = dir.getFileName() + suffix;
        Path created = Files.createDirectory(dir.resolveSibling(id));
        Files.createDirectories(created.resolve("logs"));
        return new RunFolder(created, other.withRunId(id));
    }

    private static String safe(String host) {
        String shortName = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
        return shortName.replaceAll("[^A-Za-z0-9-]", "-");
    }

    Path dir() {
        return dir;
    }

    synchronized RunRecord record() {
        return record;
    }

    /** Files the run's record as {@code change} makes it; the interrupt hook may be saving meanwhile. */
    synchronized RunRecord update(UnaryOperator<RunRecord> change) {
        record = change.apply(record);
        return record;
    }

    /** Writes run.json and summary.csv as they stand; each file appears whole or not at all. */
    synchronized void save() throws IOException {
        AtomicFiles.write(dir.resolve("summary.csv"), SummaryCsv.format(record.allRows()));
        AtomicFiles.write(dir.resolve(RUN_JSON), Json.MAPPER.writeValueAsBytes(record));
    }

    /** Points {@code <out>/latest} at this run (a relative symbolic link, replaced atomically). */
    void markLatest() {
        Path latest = dir.getParent().resolve("latest");
        Path temp = dir.getParent().resolve(".latest-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(temp);
            Files.createSymbolicLink(temp, dir.getFileName());
            Files.move(temp, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            System.err.println("warning: could not update " + latest + ": " + e.getMessage());
        }
    }
}
