package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastRunPaceTest {
    @TempDir
    Path out;

    @Test
    void shouldTakeTheNewestCompleteRunOfTheSuiteOnThisHost() throws IOException {
        run("20261204-155956-vm-quick", "complete", "vm", "2026-12-04T15:59:56Z", "2026-12-04T16:06:17Z", 650);
        run("20261204-160727-vm-quick", "complete", "vm", "2026-12-04T16:07:27Z", "2026-12-04T16:14:10Z", 650);
        run("20261204-161500-vm-quick", "interrupted", "vm", "2026-12-04T16:15:00Z", "2026-12-04T16:16:00Z", 650);
        run("20261204-161600-other-quick", "complete", "other", "2026-12-04T16:16:00Z", "2026-12-04T16:30:00Z", 650);
        run("20261204-163543-vm-smoke", "complete", "vm", "2026-12-04T16:35:43Z", "2026-12-04T16:36:18Z", 60);
        run("20261204-164000-vm-quick", "running", "vm", "2026-12-04T16:40:00Z", null, 650);
        run("20261204-165000-vm-quick", "complete", "vm", "2026-12-04T16:50:00Z", "2026-12-04T16:55:00Z", 400, "^lock/");

        LastRunPace pace = LastRunPace.find(out, "vm", "quick", ".*").orElseThrow();
        assertEquals(new LastRunPace("20261204-160727-vm-quick", 403, 650), pace);
        assertEquals(403, pace.scale(650));
        assertEquals(62, pace.scale(100), "an estimate of 100 s at 403/650 of the expected pace");
        assertTrue(pace.describe(650, "quick").startsWith("about 6:43 at the pace of the last quick run here"),
                pace.describe(650, "quick"));
        assertEquals(35, LastRunPace.find(out, "vm", "smoke", ".*").orElseThrow().tookSeconds());
        assertEquals(300, LastRunPace.find(out, "vm", "quick", "^lock/").orElseThrow().tookSeconds(),
                "a run of other cases keeps a pace of its own");
    }

    @Test
    void shouldFindNoPaceWhereNoCompleteRunOfTheSuiteIs() throws IOException {
        assertTrue(LastRunPace.find(out.resolve("none"), "vm", "quick", ".*").isEmpty(), "no results folder yet");
        run("20261204-161500-vm-quick", "interrupted", "vm", "2026-12-04T16:15:00Z", "2026-12-04T16:16:00Z", 650);
        run("20261204-161600-vm-quick", "complete", "vm", "2026-12-04T16:16:00Z", "2026-12-04T16:20:00Z", null);
        Files.createDirectories(out.resolve("20261204-161700-vm-quick")); // a folder without run.json
        Files.writeString(Files.createDirectories(out.resolve("20261204-161800-vm-quick")).resolve("run.json"), "{ not json");
        assertTrue(LastRunPace.find(out, "vm", "quick", ".*").isEmpty());
        assertTrue(LastRunPace.find(out, "vm", "full", ".*").isEmpty());
    }

    private void run(String id, String status, String host, String start, String end, Integer estimated) throws IOException {
        run(id, status, host, start, end, estimated, ".*");
    }

    private void run(String id, String status, String host, String start, String end, Integer estimated, String cases)
            throws IOException {
        Path dir = Files.createDirectories(out.resolve(id));
        Files.writeString(dir.resolve(RunFolder.RUN_JSON), "{\"status\":\"" + status + "\",\"start\":\"" + start + "\","
                + "\"config\":{\"cases\":\"" + cases + "\"},"
                + (end == null ? "" : "\"end\":\"" + end + "\",") + (estimated == null ? "" : "\"estimatedSeconds\":" + estimated + ",")
                + "\"environment\":{\"hostname\":\"" + host + "\"}}");
    }
}
