package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * --out on a full or a read-only file system: refused with a clear message before any benchmark runs.
 * Root ignores permission bits, so real file systems are mounted: a 1 MiB tmpfs and a read-only tmpfs
 * (skipped where mounting is not allowed; BadInputIT covers /proc, which refuses everyone).
 */
class FullOrReadOnlyDiskIT {
    @TempDir
    static Path work;
    static Path mounts;
    static boolean mounted;

    @BeforeAll
    static void mount() throws Exception {
        mounts = Files.createTempDirectory("ipclab-it-disks");
        Files.createDirectories(mounts.resolve("full"));
        Files.createDirectories(mounts.resolve("read-only"));
        mounted = sh("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mounts.resolve("full").toString())
                && sh("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", mounts.resolve("read-only").toString());
    }

    @AfterAll
    static void unmount() throws Exception {
        for (String dir : List.of("full", "read-only")) {
            sh("umount", mounts.resolve(dir).toString());
            Files.deleteIfExists(mounts.resolve(dir));
        }
        Files.deleteIfExists(mounts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"full, results, MiB free", "read-only, results, not writable", "read-only, '', not writable"})
    void shouldRefuseBeforeAnyBenchmarkRuns(String disk, String below, String problem) throws Exception {
        assumeTrue(mounted, "mounting a tmpfs is not allowed here");
        Path out = below.isEmpty() ? mounts.resolve(disk) : mounts.resolve(disk).resolve(below);
        Lab.Outcome outcome = Lab.run(work, 60, "run", "smoke", "--out", out.toString());
        assertEquals(2, outcome.exit(), outcome.out() + outcome.err());
        assertTrue(outcome.err().contains(out.toString()) && outcome.err().contains(problem), outcome.err());
        assertFalse(outcome.err().contains("[1/"), "no case may start: " + outcome.err());
        assertFalse(outcome.err().contains("Exception"), outcome.err());
        try (var left = Files.list(mounts.resolve(disk))) {
            assertEquals(List.of(), left.toList());
        }
    }

    private static boolean sh(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
