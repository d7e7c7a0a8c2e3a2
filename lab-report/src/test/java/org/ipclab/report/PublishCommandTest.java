package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** The landing page charts each run's change per module against the first: one mark per run and module. */
    @Test
    void shouldLeadTheIndexWithEachRunsChangePerModule() throws Exception {
        Path a = SampleRuns.forked(temp.resolve("a"), "run-a", 1.0, 3, 0.02, 1);
        Path b = SampleRuns.forked(temp.resolve("b"), "run-b", 1.15, 3, 0.02, 2);
        Path c = SampleRuns.forked(temp.resolve("c"), "run-c", 0.9, 3, 0.02, 3);
        Path site = temp.resolve("site");

        CliResult result = CliResult.run(new PublishCommand(), a.toString(), b.toString(), c.toString(), "--out", site.toString());

        assertEquals(0, result.exitCode(), result.err());
        String index = Files.readString(site.resolve("index.html"));
        HeadlineMarks marks = HeadlineMarks.of(index);
        assertNotNull(marks, "the index has a headline chart");
        List<String> modules = List.of("calibration", "queue", "lock", "process");
        assertEquals(modules.size() * 2, marks.changes().size(), "a mark per module for runs B and C: " + marks);
        assertEquals(marks.changes().size(), marks.intervals(), "an interval on every mark (calibration's one row: its own)");
        for (String module : modules) {
            for (String run : List.of("B run-b", "C run-c")) {
                assertTrue(marks.labels().stream().anyMatch(l -> l.startsWith(module + " · " + run)), module + " " + run + ": " + marks.labels());
            }
        }
        // Every cost in B is 15% higher, in C 10% lower, the machine's floor the same: the marks say so.
        for (int i = 0; i < marks.labels().size(); i++) {
            String label = marks.labels().get(i);
            double expected = label.startsWith("calibration") ? 0 : label.contains(" B run-b") ? 15 : -10;
            assertEquals(expected, HeadlineMarks.percent(marks.changes().get(i)), 3, marks.labels().get(i));
        }
        assertTrue(index.indexOf("id=\"headline\"") < index.indexOf("<h2>Runs</h2>"), "the chart leads the page");
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
    void shouldPublishOneRunAndRefuseAFileAsTheOutputFolder() throws Exception {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        Path file = Files.writeString(temp.resolve("site.txt"), "x");

        assertEquals(0, CliResult.run(new PublishCommand(), a.toString(), "--out", temp.resolve("one").toString()).exitCode());
        SiteLinks.assertAllResolve(temp.resolve("one"));
        String index = Files.readString(temp.resolve("one").resolve("index.html"));
        assertNull(HeadlineMarks.of(index), "one run has nothing to change against");
        assertTrue(index.contains("One run: publish two or more"), index);
        CliResult refused = CliResult.run(new PublishCommand(), a.toString(), "--out", file.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("site.txt"), refused.err());
    }
}
