package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A container's small /dev/shm, made for real: a private mount namespace with a 1 MiB tmpfs on
 * /dev/shm. The channels whose files can't fit are skipped with the free and needed space named, the
 * others measure, and the run goes on to exit 0 (a skip is no failure).
 */
class SmallSharedMemoryIT {
    @TempDir
    Path work;

    @Test
    void shouldSkipTheChannelsThatCannotFitNamingTheSpaceAndRunTheRest() throws Exception {
        assumeTrue(new ProcessBuilder("unshare", "-m", "true").start().waitFor() == 0,
                "needs root to make a mount namespace (unshare -m)");
        Path out = work.resolve("results");
        List<String> command = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount -t tmpfs -o size=1M tmpfs /dev/shm && exec \"$@\"", "sh"));
        command.addAll(Lab.command("run", "smoke", "--cases", "queue/rtt/size=64;transport=(mmap|aeron|chronicle|pipe)",
                "--out", out.toString()).command());
        Lab.Outcome run = Lab.finish(new ProcessBuilder(command), work, 180, "smoke in a 1 MiB /dev/shm");

        assertEquals(0, run.exit(), run.out() + run.err());
        Map<String, String> status = RunResults.read(Lab.onlyRunFolder(out)).rows().stream()
                .filter(r -> r.module().equals("queue"))
                .collect(Collectors.toMap(r -> r.params().toString().replaceAll(".*transport=([a-z]+).*", "$1"), r -> r.status().toString()));
        for (String big : List.of("mmap", "aeron", "chronicle")) {
            assertTrue(status.get(big).matches("skipped:no-space\\(/dev/shm: 1\\.0 MiB free; [0-9.]+ MiB needed\\)"),
                    big + ": " + status.get(big));
        }
        assertEquals("ok", status.get("pipe"), "a pipe needs no shared memory");
        assertTrue(run.out().contains("skipped:no-space(/dev/shm: 1.0 MiB free;"), "the end table names it: " + run.out());
    }
}
