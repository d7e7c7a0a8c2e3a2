package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --version} names the lab's version, the commit it runs from and the JVM, as a bug report needs. */
class VersionIT {
    @TempDir
    Path work;

    @Test
    void shouldPrintTheVersionTheCommitAndTheJvm() throws Exception {
        Lab.Outcome version = Lab.run(work, 60, "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().matches("(?s)ipc-lab \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{40}|unknown).*\\)\\R"
                + "JVM: .+ \\d+.*\\R"), version.out());
    }
}
