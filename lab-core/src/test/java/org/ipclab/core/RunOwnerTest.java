package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOwnerTest {
    @TempDir
    Path out;

    /** A run folder as a runner leaves it: run.json with a status, on a host, and its owner lock file. */
    private Path runFolder(String name, String status, String host) throws Exception {
        Path dir = Files.createDirectories(out.resolve(name));
        Files.writeString(dir.resolve("run.json"), Json.MAPPER.writeValueAsString(Map.of(
                "runId", name, "status", status, "environment", Map.of("hostname", host), "cases", List.of())));
        Files.createFile(dir.resolve(RunOwner.LOCK));
        return dir;
    }

    private static JsonNode runJson(Path dir) throws Exception {
        return Json.MAPPER.readTree(dir.resolve("run.json").toFile());
    }

    @Test
    void shouldFileARunningRunWhoseLockNobodyHoldsAsAbandonedWithWhenAndByWhom() throws Exception {
        Path dead = runFolder("dead", "running", Environment.hostname());
        assertTrue(RunOwner.noticeAbandoned(dead, "compare"));
        JsonNode filed = runJson(dead);
        assertEquals("abandoned", filed.path("status").asText());
        assertEquals("compare", filed.path("abandoned").path("noticedBy").asText());
        assertFalse(filed.path("abandoned").path("noticedAt").asText().isEmpty());
        assertEquals("dead", filed.path("runId").asText(), "the rest of the record stays");
        assertFalse(RunOwner.noticeAbandoned(dead, "run"), "filed once");
    }

    @Test
    void shouldLeaveLiveFinishedForeignAndUnknownRunsAlone() throws Exception {
        Path live = runFolder("live", "running", Environment.hostname());
        RunOwner.hold(live);
        Path complete = runFolder("complete", "complete", Environment.hostname());
        Path elsewhere = runFolder("elsewhere", "running", "another-host");
        Path old = runFolder("old", "running", Environment.hostname());
        Files.delete(old.resolve(RunOwner.LOCK)); // a run from before owner locks: can't be told

        assertEquals(List.of(), RunOwner.noticeAbandonedUnder(out, "run"));
        for (Path dir : List.of(live, elsewhere, old)) {
            assertEquals("running", runJson(dir).path("status").asText(), dir.toString());
        }
        assertEquals("complete", runJson(complete).path("status").asText());
    }

    @Test
    void shouldFindEveryAbandonedRunUnderAnOutputFolder() throws Exception {
        runFolder("a", "running", Environment.hostname());
        runFolder("b", "running", Environment.hostname());
        runFolder("c", "complete", Environment.hostname());
        assertEquals(List.of("a", "b"), RunOwner.noticeAbandonedUnder(out, "run").stream().sorted().toList());
    }
}
