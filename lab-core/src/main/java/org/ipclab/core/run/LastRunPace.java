package org.ipclab.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ipclab.core.Json;
import org.ipclab.core.schema.RunStatus;

/**
 * How long the last complete run of a suite's same cases on this host took against what it estimated at its start. The
 * cases' expected times are generous, as they also set the timeouts (a quick run estimated at 10:50 took 6:21
 * on a fast host, 10:40 on a slow one), so the start-of-run estimate scaled by the last run's pace is the
 * closer guess on the same host on a similar day. Only a run of the same {@code --cases} sets the pace: the
 * expected times of some modules are more generous than others' (lock and process alone ran at 0.52 of their
 * estimate, the whole suite at 0.62).
 */
record LastRunPace(String runId, long tookSeconds, long estimatedSeconds) {
    /** Run folders looked at, newest first: a results folder can hold hundreds. */
    private static final int LOOK_BACK = 50;

    /**
     * The newest complete run of the suite and {@code --cases} pattern whose run.json names this host, among the newest
     * folders of {@code out}.
     */
    static Optional<LastRunPace> find(Path out, String host, String suite, String cases) {
        if (!Files.isDirectory(out)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(out)) {
            List<Path> newest = folders.filter(f -> f.getFileName().toString().endsWith("-" + suite))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .limit(LOOK_BACK).toList();
            return newest.stream().map(f -> read(f, host, cases)).flatMap(Optional::stream).findFirst();
        } catch (IOException e) {
            return Optional.empty(); // only a guess is lost
        }
    }

    private static Optional<LastRunPace> read(Path folder, String host, String cases) {
        Path file = folder.resolve(RunFolder.RUN_JSON);
        try {
            JsonNode run = Json.MAPPER.readTree(file.toFile());
            long estimated = run.path("estimatedSeconds").asLong(0);
            if (!RunStatus.COMPLETE.word().equals(run.path("status").asText())
                    || !host.equals(run.path("environment").path("hostname").asText())
                    || !cases.equals(run.path("config").path("cases").asText()) || estimated <= 0) {
                return Optional.empty();
            }
            long took = Duration.between(Instant.parse(run.path("start").asText()), Instant.parse(run.path("end").asText()))
                    .toSeconds();
            return took > 0 ? Optional.of(new LastRunPace(folder.getFileName().toString(), took, estimated)) : Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty(); // a folder without a readable run.json says nothing of the pace
        }
    }

    /** An estimate made from the cases' expected times, at this run's pace. */
    long scale(long estimateSeconds) {
        return Math.round(estimateSeconds * (double) tookSeconds / estimatedSeconds);
    }

    /** What the start-of-run line adds, e.g. "about 6:40 at the pace of the last quick run here (…)". */
    String describe(long estimateSeconds, String suite) {
        return "about " + Format.seconds(scale(estimateSeconds)) + " at the pace of the last " + suite + " run here ("
                + runId + " took " + Format.seconds(tookSeconds) + " of an estimated " + Format.seconds(estimatedSeconds) + ")";
    }
}
