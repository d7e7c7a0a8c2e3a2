package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.PrivateDir;
import org.junit.jupiter.api.Test;

class OtherRunsTest {
    /** Within one JVM a held owner lock reads as held, so two private folders stand for two live runs. */
    @Test
    void shouldSeeALiveRunByItsPrivateFolderButNotItselfNorAFolderThatIsNoRun() throws Exception {
        Path mine = PrivateDir.create();
        Path theirs = PrivateDir.create();
        Path notARun = PrivateDir.create();
        try {
            OtherRuns.announce(mine, Path.of("/results/mine"), false);
            OtherRuns.announce(theirs, Path.of("/results/theirs"), true);

            List<OtherRuns.Other> seenFromMine = OtherRuns.find(mine).stream()
                    .filter(o -> o.runFolder().startsWith("/results/")).toList();
            assertEquals(List.of(new OtherRuns.Other(ProcessHandle.current().pid(), "/results/theirs", true)), seenFromMine);
            assertTrue(seenFromMine.get(0).describe().contains("(--exclusive)"));
            assertEquals(2, OtherRuns.find(null).stream().filter(o -> o.runFolder().startsWith("/results/")).count(),
                    "before it has a folder a run sees them all");
        } finally {
            PrivateDir.deleteTree(mine);
            PrivateDir.deleteTree(theirs);
            PrivateDir.deleteTree(notARun);
        }
    }
}
