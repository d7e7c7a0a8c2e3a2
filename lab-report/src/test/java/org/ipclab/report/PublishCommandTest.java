package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldPublishASiteWhoseEveryLinkResolvesAndWhoseChartsAreInline() throws IOException {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        Path b = SampleRuns.standard(temp.resolve("b"), "run-b", 1.15);
        Path site = temp.resolve("site");

        CliResult result = CliResult.run(new PublishCommand(), a.toString(), b.toString(), "--out", site.toString());

        assertEquals(0, result.exitCode(), result.err());
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("run-a") && index.contains("run-b") && index.contains("Test CPU"));
        for (String module : new String[] {"queue", "lock", "process", "calibration"}) {
            assertTrue(Files.readString(site.resolve("modules/" + module + ".html")).contains("<svg"), module);
        }
        assertTrue(Files.isRegularFile(site.resolve("runs/run-b/hdr/queue.rtt.size-64_transport-pipe.rtt.fork-1.hlog")));
        assertTrue(SiteLinks.assertAllResolve(site) > 25);
    }

    @Test
    void shouldPublishASchemaOneAndASchemaTwoRunTogether() throws IOException {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        Path b = SampleRuns.forked(temp.resolve("b"), "run-b", 1.0, 3, 0.02, 2);
        Path site = temp.resolve("site");

        CliResult result = CliResult.run(new PublishCommand(), a.toString(), b.toString(), "--out", site.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readString(site.resolve("modules/queue.html")).contains("1 vs 3 forks"));
        SiteLinks.assertAllResolve(site);
    }

    @Test
    void shouldPublishOneRunAndRefuseAFileAsTheOutputFolder() throws IOException {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        Path file = Files.writeString(temp.resolve("site.txt"), "x");

        assertEquals(0, CliResult.run(new PublishCommand(), a.toString(), "--out", temp.resolve("one").toString()).exitCode());
        SiteLinks.assertAllResolve(temp.resolve("one"));
        CliResult refused = CliResult.run(new PublishCommand(), a.toString(), "--out", file.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("site.txt"), refused.err());
    }
}
