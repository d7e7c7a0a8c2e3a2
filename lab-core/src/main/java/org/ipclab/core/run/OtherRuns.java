package org.ipclab.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipclab.core.AtomicFiles;
import org.ipclab.core.Json;
import org.ipclab.core.PrivateDir;

/**
 * Other runs measuring on this machine: each run names itself in a {@value #CARD} file in its private
 * folder, and a folder whose owner lock is held belongs to a live run. Two runs at once disturb each
 * other's numbers, so each notices the other before every fork and says so.
 */
final class OtherRuns {
    static final String CARD = ".run.json";

    /** A live run seen from here. */
    record Other(long pid, String runFolder, boolean exclusive) {
        String describe() {
            return "pid " + pid + ", " + runFolder + (exclusive ? " (--exclusive)" : "");
        }
    }

    private OtherRuns() {
    }

    /** Names this run in its private folder, for the others to find. */
    static void announce(Path privateDir, Path runFolder, boolean exclusive) throws IOException {
        AtomicFiles.write(privateDir.resolve(CARD), Json.MAPPER.writeValueAsBytes(Map.of(
                "pid", ProcessHandle.current().pid(), "runFolder", runFolder.toAbsolutePath().toString(),
                "exclusive", exclusive)));
    }

    /** The live runs other than the one owning {@code own} (null before it has a folder). */
    static List<Other> find(Path own) {
        List<Other> others = new ArrayList<>();
        for (Path dir : PrivateDir.heldByOthers(own)) {
            Path card = dir.resolve(CARD);
            if (!Files.isRegularFile(card)) {
                continue; // a test's or a tool's private folder, not a run
            }
            try {
                JsonNode node = Json.MAPPER.readTree(card.toFile());
                others.add(new Other(node.path("pid").asLong(), node.path("runFolder").asText("?"),
                        node.path("exclusive").asBoolean()));
            } catch (IOException e) {
                // being written right now: it will be seen before the next fork
            }
        }
        return others;
    }
}
