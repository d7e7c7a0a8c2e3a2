package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner adds each fork's JMH JSON to the module's file in the run folder, in the order the runs ran. */
class JmhFilingTest {
    @TempDir
    Path dir;

    @Test
    void shouldAppendEachRunOfTheForkAfterWhatIsFiledAlready() throws Exception {
        Path run = dir.resolve("run");
        Files.createDirectories(run.resolve("jmh"));
        Files.writeString(run.resolve("jmh/lock.json"), "[{\"benchmark\":\"earlier\"}]");
        Path forkResults = Files.createDirectories(dir.resolve("private/jmh-results"));
        Files.writeString(forkResults.resolve("1.json"), "[{\"benchmark\":\"first\"},{\"benchmark\":\"second\"}]");
        Files.writeString(forkResults.resolve("2.json"), "[{\"benchmark\":\"third\"}]");

        Jmh.fileForkResults(dir.resolve("private"), run, "lock");

        JsonNode filed = Json.MAPPER.readTree(run.resolve("jmh/lock.json").toFile());
        assertEquals(4, filed.size());
        assertEquals("earlier", filed.get(0).path("benchmark").asText());
        assertEquals("first", filed.get(1).path("benchmark").asText());
        assertEquals("third", filed.get(3).path("benchmark").asText());
    }

    @Test
    void shouldFileNothingForAForkWithoutJmh() throws Exception {
        Files.createDirectories(dir.resolve("private"));

        Jmh.fileForkResults(dir.resolve("private"), dir.resolve("run"), "queue");

        assertFalse(Files.exists(dir.resolve("run/jmh")));
    }
}
