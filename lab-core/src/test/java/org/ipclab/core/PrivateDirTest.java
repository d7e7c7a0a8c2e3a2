package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class PrivateDirTest {
    @Test
    void shouldBeReadableByItsOwnerOnly() throws Exception {
        Path dir = PrivateDir.create();
        try {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            assertTrue(dir.getFileName().toString().startsWith("ipclab-" + ProcessHandle.current().pid() + "-"));
        } finally {
            PrivateDir.deleteTree(dir);
        }
        assertFalse(Files.exists(dir));
    }

    @Test
    void shouldRemoveFoldersOfDeadRunsOnly() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path stale = Files.createDirectory(PrivateDir.base().resolve("ipclab-" + dead.pid() + "-test"));
        Files.writeString(stale.resolve("ring.map"), "x");
        Path live = PrivateDir.create();
        try {
            PrivateDir.removeStale();
            assertFalse(Files.exists(stale), "a dead run's folder must go");
            assertTrue(Files.exists(live), "a live run's folder must stay");
        } finally {
            PrivateDir.deleteTree(stale);
            PrivateDir.deleteTree(live);
        }
    }
}
