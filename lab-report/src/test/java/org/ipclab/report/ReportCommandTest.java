package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        SiteLinks.assertAllResolve(run.resolve("report"));
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
