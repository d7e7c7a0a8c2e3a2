package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipclab.core.Json;
import org.ipclab.core.Params;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.PairedRow;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.read.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldPrintTildeAndNeverFailWhenARunIsComparedWithItself() throws IOException {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);

        CliResult result = CliResult.run(new CompareCommand(), a.toString(), a.toString(), "--fail-on-regression", "0");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("~ p=1.000"), result.out());
        assertFalse(result.out().contains("slower"), result.out());
    }

    @Test
    void shouldFindAFifteenPercentSlowdownWithTheRightSignAndSize() throws IOException {
        Comparison c = Comparison.of(java.util.List.of(
                RunFolder.read(SampleRuns.standard(temp.resolve("a"), "run-a", 1.0)),
                RunFolder.read(SampleRuns.standard(temp.resolve("b"), "run-b", 1.15))));

        PairedRow rtt = row(c, "rtt", "size=64;transport=pipe", "B");
        assertEquals(Verdict.WORSE, rtt.verdict());
        assertEquals(15.0, rtt.changePct(), 1.5);
        assertEquals(15.0, rtt.changeP99Pct(), 1.5);
        PairedRow throughput = row(c, "throughput", "size=64;transport=pipe", "B");
        assertEquals(Verdict.WORSE, throughput.verdict(), "a lower rate is worse");
        assertEquals(-13.0, throughput.changePct(), 1.0);
        PairedRow geomean = c.rows().stream().filter(r -> r.module().equals("queue") && r.caseName().equals("geomean"))
                .findFirst().orElseThrow();
        assertEquals(15.0, geomean.changePct(), 1.0);
        assertTrue(row(c, "rtt", "size=64;transport=pipe", "A").floorMultiple() > 30);
    }

    @Test
    void shouldExitOneOnlyWhenASignificantRegressionExceedsThePercentage() throws IOException {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        Path b = SampleRuns.standard(temp.resolve("b"), "run-b", 1.15);

        assertEquals(1, CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--fail-on-regression", "5").exitCode());
        assertEquals(0, CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--fail-on-regression", "25").exitCode());
        assertEquals(0, CliResult.run(new CompareCommand(), b.toString(), a.toString(), "--fail-on-regression", "5").exitCode());
    }

    @Test
    void shouldSayHowManySamplesAreMissing() throws IOException {
        Path a = new ResultFolderFixture(temp.resolve("a"), "run-a")
                .rate("lock", "counter", Params.of("threads", 1), "op", "ops/s", SampleRuns.spread(100, 3)).write();

        CliResult result = CliResult.run(new CompareCommand(), a.toString(), a.toString());

        assertTrue(result.out().contains("3 vs 3 samples; needs 6 per run"), result.out());
    }

    @Test
    void shouldWarnWhenRunsDifferInMoreThanOneThing() throws IOException {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        ResultFolderFixture other = SampleRuns.fixture(temp.resolve("b"), "run-b", 1.0);
        other.environment().put("kernel", "6.9.0").put("pinning", "taskset -c 0");
        Path b = other.write();

        CliResult result = CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--format", "markdown");

        assertTrue(result.out().contains("differs from A in 2 things at once (kernel, pinning)"), result.out());
        assertTrue(result.out().contains("| kernel * |"), result.out());
    }

    @Test
    void shouldWriteJsonCsvAndAnHtmlPageWithCharts() throws IOException {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        Path b = SampleRuns.standard(temp.resolve("b"), "run-b", 1.15);
        Path out = temp.resolve("cmp");

        CliResult json = CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--format", "json", "--out", out.toString());
        JsonNode root = Json.MAPPER.readTree(json.out());
        assertEquals("run-b", root.path("runs").path(1).path("runId").asText());
        assertTrue(root.path("rows").size() > 40);
        CliResult csv = CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--format", "csv", "--out", out.toString());
        assertTrue(csv.out().startsWith("module,case,params,metric,unit,run,runId,p50,"), csv.out());

        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<svg") && html.contains("multiple of each machine"), "charts, floor multiples");
        SiteLinks.assertAllResolve(out);
    }

    @Test
    void shouldRefuseBadInputWithExitTwoNamingTheValueAndWriteNothing() throws IOException {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        Path file = Files.writeString(temp.resolve("file.txt"), "x");

        assertRefused(CliResult.run(new CompareCommand(), a.toString(), a.toString(), "--format", "xml"), "xml", "markdown");
        assertRefused(CliResult.run(new CompareCommand(), a.toString(), a.toString(), "--fail-on-regression", "lots"), "lots", "");
        assertRefused(CliResult.run(new CompareCommand(), a.toString(), temp.resolve("missing").toString()), "missing", "no such");
        assertRefused(CliResult.run(new CompareCommand(), a.toString(), file.toString()), "file.txt", "is a file");
        assertRefused(CliResult.run(new CompareCommand(), a.toString(), a.toString(), "--out", file.toString()), "file.txt", "folder");
        assertFalse(Files.exists(a.resolve("compare")), "nothing written");
    }

    private static void assertRefused(CliResult result, String named, String hint) {
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(named) && result.err().contains(hint), result.err());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result.err());
    }

    private static PairedRow row(Comparison c, String caseName, String params, String run) {
        return c.rows().stream().filter(r -> r.caseName().equals(caseName) && r.params().equals(params) && r.run().equals(run))
                .findFirst().orElseThrow();
    }
}
