package org.ipclab.lock.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Suite;
import org.ipclab.lock.CaseRig;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two JVMs, one mapped counter: nothing lost, and nothing left in the private folder. */
class SharedCounterCaseTest {

    @ParameterizedTest
    @ValueSource(strings = {"file-lock", "shm-cas"})
    void shouldLoseNoUpdateAcrossTwoProcesses(String strategy, @TempDir Path dir) throws Exception {
        CaseResult result = CaseRig.run(new SharedCounterCase(new SharedCounterKnobs(Suite.SMOKE, strategy, 2)), dir);
        assertEquals("ok", CaseRig.row(result, "lost-updates").status().toString());
        assertEquals(0L, CaseRig.row(result, "lost-updates").max());
        assertTrue(CaseRig.row(result, "throughput").throughput() > 0);
        assertEquals(1, result.facts().get("warmupRounds"));
        assertEquals(0L, result.facts().get("warmupLostUpdates"));
        assertEquals(result.facts().get("rounds"), CaseRig.row(result, "throughput").samples().size(),
                "the warm-up round is not among the samples");
        try (Stream<Path> left = Files.list(dir.resolve("private"))) {
            assertEquals(0, left.count(), "the mapped file was removed");
        }
    }
}
