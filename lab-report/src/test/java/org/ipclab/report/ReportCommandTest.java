package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipclab.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldWriteASelfContainedReportWithChartsInsideTheRun() throws IOException {
        Path run = SampleRuns.standard(temp.resolve("run"), "run-a", 1.0);

        CliResult result = CliResult.run(new ReportCommand(), run.toString());

        assertEquals(0, result.exitCode(), result.err());
        Path page = run.resolve("report/index.html");
        String html = Files.readString(page);
        assertTrue(html.contains("<svg"), "has charts");
        assertTrue(html.contains("latency by percentile"));
        assertTrue(html.contains("99.99%"), "nines axis");
        assertTrue(html.contains("machine floor"), "floor marked on the RTT chart");
        assertTrue(html.contains("Test CPU @ 2.60GHz"), "environment table");
        int links = SiteLinks.assertAllResolve(run.resolve("report"));
        assertTrue(links > 5, links + " links");
    }

    @Test
    void shouldShowTheForkCountOfASchemaTwoRun() throws IOException {
        Path run = SampleRuns.forked(temp.resolve("run"), "run-a", 1.0, 3, 0.02, 1);

        CliResult result = CliResult.run(new ReportCommand(), run.toString());

        assertEquals(0, result.exitCode(), result.err());
        String html = Files.readString(run.resolve("report/index.html"));
        assertTrue(html.contains("<th>forks</th>") && html.contains("<svg"), "fork column and charts");
        assertTrue(html.contains("<h2>Resolution</h2>") && html.contains("<li>queue: the median row resolves ±"), html);
        assertTrue(result.err().contains("resolution: queue: the median row resolves ±"), result.err());
        assertFalse(result.out().contains("resolution"), "stdout keeps only the pages' paths");
        SiteLinks.assertAllResolve(run.resolve("report"));
    }

    @Test
    void shouldLinkEachForksProfileFilesAndSayWhyOneWasSkipped() throws IOException {
        Path run = SampleRuns.forked(temp.resolve("run"), "run-a", 1.0, 2, 0.02, 1);
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(run.resolve("run.json").toFile());
        ((ObjectNode) root.get("environment")).putArray("profilers").add("jfr").add("perfnorm");
        JsonNode someCase = root.get("cases").get(1);
        String id = someCase.get("id").asText();
        String jfr = "jfr/" + id + ".fork-1.jfr";
        Files.createDirectories(run.resolve("jfr"));
        Files.write(run.resolve(jfr), new byte[] {1, 2, 3});
        ArrayNode profiles = ((ObjectNode) someCase.get("forks").get(0)).putArray("profiles");
        profiles.addObject().put("profiler", "jfr").put("status", "ok").putArray("files").add(jfr);
        ObjectNode gc = profiles.addObject().put("profiler", "gc").put("status", "ok");
        gc.putObject("figures").putObject("PS Scavenge").put("count", 2).put("timeMs", 5);
        profiles.addObject().put("profiler", "perfnorm").put("status", "skipped:no-perf-events")
                .put("detail", "perf: event not supported");
        Files.writeString(run.resolve("run.json"), Json.MAPPER.writeValueAsString(root));

        CliResult result = CliResult.run(new ReportCommand(), run.toString());

        assertEquals(0, result.exitCode(), result.err());
        String html = Files.readString(run.resolve("report/index.html"));
        assertTrue(html.contains("<h2>Profiles</h2>") && html.contains("Profiled with jfr,perfnorm"), "profiles section");
        assertTrue(html.contains("<a href=\"../" + jfr + "\">"), "links the recording");
        assertTrue(html.contains("skipped:no-perf-events") && html.contains("perf: event not supported"), "says why");
        assertTrue(html.contains("PS Scavenge: 2 in 5 ms"), "the collector counts in words");
        SiteLinks.assertAllResolve(run.resolve("report"));
    }

    @Test
    void shouldLeaveOutTheProfilesSectionWithoutProfiles() throws IOException {
        Path run = SampleRuns.forked(temp.resolve("run"), "run-a", 1.0, 2, 0.02, 1);

        CliResult.run(new ReportCommand(), run.toString());

        assertFalse(Files.readString(run.resolve("report/index.html")).contains("Profiles"));
    }

    @Test
    void shouldRefuseADamagedFolderWithExit2AndWriteNothing() throws IOException {
        Path run = SampleRuns.standard(temp.resolve("run"), "run-a", 1.0);
        Files.writeString(run.resolve("summary.csv"), "module,case\n");

        CliResult result = CliResult.run(new ReportCommand(), run.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("summary.csv"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(Files.exists(run.resolve("report")));
    }
}
