package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.Json;
import org.ipclab.core.SummaryCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM mid-run: peers gone, run.json valid and interrupted, every finished case kept. */
class InterruptIT {
    @TempDir
    Path work;

    @Test
    void shouldFileTheRunAsInterruptedAndLeaveNothingBehind() throws Exception {
        Set<String> shmBefore = Lab.sharedMemoryEntries();
        Path results = work.resolve("results");
        Process run = Lab.command("run", "smoke", "--out", results.toString())
                .redirectOutput(work.resolve("out.txt").toFile()).redirectErrorStream(true).start();
        Path runJson = awaitFinishedCases(results, run);
        run.destroy(); // SIGTERM
        assertTrue(run.waitFor(30, TimeUnit.SECONDS), "the runner must end after SIGTERM");
        assertEquals(143, run.exitValue(), Files.readString(work.resolve("out.txt")));
        JsonNode record = Json.MAPPER.readTree(runJson.toFile());
        assertEquals("interrupted", record.get("status").asText());
        List<String> summary = Files.readAllLines(runJson.resolveSibling("summary.csv"));
        assertEquals(SummaryCsv.HEADER, summary.get(0));
        assertEquals(countRows(record), summary.size() - 1);
        // Peers poll their parent every 200 ms; allow them a few seconds to notice.
        for (int i = 0; i < 50 && !Lab.labProcesses().isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), Lab.labProcesses());
        assertEquals(shmBefore, Lab.sharedMemoryEntries());
    }

    private static Path awaitFinishedCases(Path results, Process run) throws Exception {
        for (int i = 0; i < 1200; i++) {
            try (var dirs = Files.exists(results) ? Files.list(results) : java.util.stream.Stream.<Path>empty()) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    Path runJson = dir.resolve("run.json");
                    if (Files.exists(runJson) && Json.MAPPER.readTree(runJson.toFile()).get("cases").size() >= 2) {
                        return runJson;
                    }
                }
            }
            assertTrue(run.isAlive(), "the run ended before it could be interrupted");
            Thread.sleep(100);
        }
        throw new AssertionError("no case finished within 120 s");
    }

    private static int countRows(JsonNode record) {
        int rows = 0;
        for (JsonNode entry : record.get("cases")) {
            rows += entry.get("rows").size();
        }
        return rows;
    }
}
