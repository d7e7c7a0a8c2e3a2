package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunClassPathTest {
    @TempDir
    Path dir;

    /** A rebuild beside the run rewrites the jar: the run's case JVMs keep starting from its own copy. */
    @Test
    void shouldStartCaseJvmsFromTheRunsOwnCopyOfTheJar() throws Exception {
        Path jar = Files.write(dir.resolve("ipc-lab.jar"), new byte[] {1, 2, 3});
        Path privateDir = Files.createDirectory(dir.resolve("private"));

        String used = RunClassPath.forRun(jar.toString(), privateDir);
        Files.write(jar, new byte[] {9}); // the build replaced it

        assertEquals(privateDir.resolve("lab.jar").toString(), used);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(Path.of(used)));
    }

    @Test
    void shouldKeepToTheJarItselfWhereThePrivateFolderHasNoRoomForACopy() throws Exception {
        Path jar = Files.write(dir.resolve("ipc-lab.jar"), new byte[] {1});
        Path missing = dir.resolve("gone"); // its file store can't be read: no copy, and no failure
        assertEquals(jar.toString(), RunClassPath.forRun(jar.toString(), missing));
    }

    @Test
    void shouldUseAClassPathOfFoldersAsItIs() throws Exception {
        String folders = dir.resolve("classes") + java.io.File.pathSeparator + dir.resolve("test-classes");
        assertEquals(folders, RunClassPath.forRun(folders, dir));
    }
}
