package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.Json;
import org.ipclab.core.Params;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.PairedRow;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.read.RunFolder;
import org.ipclab.report.stats.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldCallTwoRunsOfOneCommitSameOrInconclusiveAndNeverFail() throws IOException {
        Path a = SampleRuns.forked(temp.resolve("a"), "run-a", 1.0, 5, 0.03, 1);
        Path b = SampleRuns.forked(temp.resolve("b"), "run-b", 1.0, 5, 0.03, 2);

        CliResult result = CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--fail-on-regression", "0");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("5 vs 5 forks"), result.out());
        assertTrue(result.out().contains("queue B vs A: 0 faster/better, 0 slower/worse, "), result.out());
        Comparison c = Comparison.of(List.of(RunFolder.read(a), RunFolder.read(b)));
        assertEquals(List.of(), c.rows().stream().filter(r -> r.verdict() == Verdict.WORSE || r.verdict() == Verdict.BETTER).toList());
        c.rows().stream().filter(r -> r.verdict() == Verdict.GEOMEAN)
                .forEach(g -> assertEquals(0, g.changePct(), 3.0, "A/A geomean " + g.module()));
    }

    @Test
    void shouldSayHowSmallAChangeEachRowCanCallAndHowManyForksTenPercentWouldNeed() throws IOException {
        Path a = SampleRuns.forked(temp.resolve("a"), "run-a", 1.0, 5, 0.03, 1);
        Path b = SampleRuns.forked(temp.resolve("b"), "run-b", 1.0, 5, 0.03, 2);
        Comparison c = Comparison.of(List.of(RunFolder.read(a), RunFolder.read(b)));

        PairedRow rtt = row(c, "rtt", "size=64;transport=pipe", "B");
        double sd = Math.sqrt((4 * logVariance(rtt.forkCentres()) + 4 * logVariance(rtt.baselineForkCentres())) / 8);
        assertEquals(Resolution.smallestPct(sd, 5, 5, Comparison.DEFAULT_THRESHOLD_PCT), rtt.resolvesPct(), 1e-9);
        assertEquals(Resolution.forksPerSide(sd, Comparison.REFERENCE_CHANGE_PCT, Comparison.DEFAULT_THRESHOLD_PCT).getAsInt(),
                rtt.forksFor10Pct());
        assertEquals(null, row(c, "rtt", "size=64;transport=pipe", "A").resolvesPct(), "the baseline's own line");
        CliResult text = CliResult.run(new CompareCommand(), a.toString(), b.toString());
        assertTrue(text.out().contains("queue B vs A: the median row resolves ±"), text.out());
        CliResult csv = CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--format", "csv");
        assertTrue(csv.out().lines().findFirst().orElseThrow().endsWith(",resolvesPct,forksFor10Pct"), csv.out());
    }

    private static double logVariance(List<Double> centres) {
        double mean = centres.stream().mapToDouble(Math::log).average().orElseThrow();
        return centres.stream().mapToDouble(v -> (Math.log(v) - mean) * (Math.log(v) - mean)).sum() / (centres.size() - 1);
    }

    @Test
    void shouldSayWhenARunDidNotFinish() throws IOException {
        Path a = SampleRuns.forked(temp.resolve("a"), "run-a", 1.0, 3, 0.03, 1);
        Path b = SampleRuns.forked(temp.resolve("b"), "run-b", 1.0, 3, 0.03, 2);
        // What a runner killed with SIGKILL leaves: run.json as saved after its last finished case.
        ObjectNode runJson = (ObjectNode) Json.MAPPER.readTree(b.resolve("run.json").toFile());
        runJson.put("status", "running").remove("end");
        Files.writeString(b.resolve("run.json"), Json.MAPPER.writeValueAsString(runJson));

        CliResult result = CliResult.run(new CompareCommand(), a.toString(), b.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("run B did not finish (status running)"), result.out());
        assertFalse(result.out().contains("run A did not finish"), result.out());
    }

    @Test
    void shouldFindAFifteenPercentSlowdownWithTheRightSignAndSize() throws IOException {
        Comparison c = Comparison.of(List.of(
                RunFolder.read(SampleRuns.forked(temp.resolve("a"), "run-a", 1.0, 6, 0.02, 1)),
                RunFolder.read(SampleRuns.forked(temp.resolve("b"), "run-b", 1.15, 6, 0.02, 2))));

        PairedRow rtt = row(c, "rtt", "size=64;transport=pipe", "B");
        assertEquals(Verdict.WORSE, rtt.verdict(), rtt.toString());
        assertEquals("slower", rtt.verdictText());
        assertEquals(15.0, rtt.changePct(), 3);
        assertTrue(rtt.changeLowPct() > 3 && rtt.changeHighPct() > rtt.changeLowPct(), rtt.toString());
        assertTrue(rtt.pValue() < 0.05);
        assertEquals(6, rtt.forks());
        assertEquals(6, rtt.baselineForks());
        PairedRow throughput = row(c, "throughput", "size=64;transport=pipe", "B");
        assertEquals(Verdict.WORSE, throughput.verdict(), "a lower rate is worse");
        assertEquals(-13.0, throughput.changePct(), 3);
        PairedRow geomean = c.rows().stream().filter(r -> r.module().equals("queue") && r.caseName().equals("geomean"))
                .findFirst().orElseThrow();
        assertEquals(15.0, geomean.changePct(), 2.0);
        assertTrue(row(c, "rtt", "size=64;transport=pipe", "A").floorMultiple() > 30);
    }

    @Test
    void shouldShowARateAChannelCouldNotCarryWithWhatItAchievedOnEachSide() throws IOException {
        Comparison c = Comparison.of(List.of(
                RunFolder.read(SampleRuns.forked(temp.resolve("a"), "run-a", 1.0, 3, 0.02, 1)),
                RunFolder.read(SampleRuns.forked(temp.resolve("b"), "run-b", 2.0, 3, 0.02, 2))));

        PairedRow a = row(c, "fixed-rate", "rate=1000000;size=64;transport=pipe", "A");
        PairedRow b = row(c, "fixed-rate", "rate=1000000;size=64;transport=pipe", "B");
        assertEquals(Verdict.NOT_MEASURED, b.verdict(), "no latency to compare from a saturated queue");
        assertEquals("over-capacity (achieved 212k msgs/s)", a.note());
        assertEquals("over-capacity (achieved 106k msgs/s)", b.note());
    }

    @Test
    void shouldExitOneOnlyWhenASlowerVerdictExceedsThePercentage() throws IOException {
        Path a = SampleRuns.forked(temp.resolve("a"), "run-a", 1.0, 6, 0.02, 1);
        Path b = SampleRuns.forked(temp.resolve("b"), "run-b", 1.15, 6, 0.02, 2);

        assertEquals(1, CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--fail-on-regression", "5").exitCode());
        assertEquals(0, CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--fail-on-regression", "25").exitCode());
        assertEquals(0, CliResult.run(new CompareCommand(), b.toString(), a.toString(), "--fail-on-regression", "5").exitCode());
    }

    @Test
    void shouldCallSchemaOneRunsInconclusiveAndSayHowManyForksAreMissing() throws IOException {
        Path a = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        Path b = SampleRuns.standard(temp.resolve("b"), "run-b", 1.15);

        CliResult result = CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--fail-on-regression", "0");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("inconclusive: 1 vs 1 forks; needs 3 per side"), result.out());
        assertTrue(result.out().contains("queue B vs A: 0 faster/better, 0 slower/worse, 0 same, "), result.out());
    }

    @Test
    void shouldPoolTheForksOfSeveralFoldersPerSide() throws IOException {
        Path a1 = SampleRuns.forked(temp.resolve("a1"), "run-a1", 1.0, 3, 0.02, 1);
        Path a2 = SampleRuns.forked(temp.resolve("a2"), "run-a2", 1.0, 3, 0.02, 2);
        Path b1 = SampleRuns.forked(temp.resolve("b1"), "run-b1", 1.15, 3, 0.02, 3);
        Path b2 = SampleRuns.forked(temp.resolve("b2"), "run-b2", 1.15, 3, 0.02, 4);

        CliResult result = CliResult.run(new CompareCommand(), a1 + "," + a2, b1 + "," + b2, "--format", "markdown");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("- A  run-a1+run-a2"), result.out());
        assertTrue(result.out().contains("6 vs 6 forks"), result.out());
        assertTrue(result.out().contains("| slower |"), "3 forks a folder cannot show it, 6 a side can: " + result.out());
    }

    @Test
    void shouldWidenTheIntervalWhenASidesRunsDifferFromEachOther() throws IOException {
        // Each side: one run as measured and one 10% costlier throughout (a slower hour), 3 forks each at 2%.
        Path a1 = SampleRuns.forked(temp.resolve("a1"), "run-a1", 1.0, 3, 0.02, 1);
        Path a2 = SampleRuns.forked(temp.resolve("a2"), "run-a2", 1.1, 3, 0.02, 2);
        Path b1 = SampleRuns.forked(temp.resolve("b1"), "run-b1", 1.1, 3, 0.02, 3);
        Path b2 = SampleRuns.forked(temp.resolve("b2"), "run-b2", 1.0, 3, 0.02, 4);

        CliResult result = CliResult.run(new CompareCommand(), a1 + "," + a2, b1 + "," + b2, "--format", "csv");

        assertEquals(0, result.exitCode(), result.err());
        List<String> timed = result.out().lines().filter(l -> l.contains(",B,") && l.contains(",ns,")
                && !l.startsWith("calibration")).toList();
        assertTrue(timed.size() > 5, result.out());
        assertTrue(timed.stream().allMatch(l -> l.contains("runs differ beyond their forks") && l.contains(",inconclusive,")),
                "the runs, not the forks, are the unit: " + String.join("\n", timed));
        assertTrue(timed.stream().noneMatch(l -> l.contains(",slower,") || l.contains(",faster,")), result.out());
        CliResult text = CliResult.run(new CompareCommand(), a1 + "," + a2, b1 + "," + b2);
        assertTrue(text.out().contains("(10%: more runs)"), text.out());
    }

    @Test
    void shouldCountFailedForksSeparately() throws IOException {
        Path b = new ResultFolderFixture(temp.resolve("b"), "run-b").forks(3, 0.02).failedForks(1)
                .rate("lock", "counter", Params.of("threads", 1), "op", "ops/s", SampleRuns.spread(100, 8)).write();
        Path a2 = new ResultFolderFixture(temp.resolve("a2"), "run-a2").forks(3, 0.02)
                .rate("lock", "counter", Params.of("threads", 1), "op", "ops/s", SampleRuns.spread(100, 8)).write();

        CliResult result = CliResult.run(new CompareCommand(), a2.toString(), b.toString());

        assertTrue(result.out().contains("3 vs 3 forks (+0/+1 failed)"), result.out());
    }

    /** A run with --jvm-arg differs in its flags; the lab's own per-fork properties are no difference. */
    @Test
    void shouldShowAFlagTheUserAddedButNotTheLabsOwnPerForkProperties() throws IOException {
        // Each run's class-data archive lives in its own private folder: the same flag for all that.
        Path a = withFlags("run-a", "-Dipclab.floor.rtt.ns=236.0", "-Dipclab.fork=4",
                "-XX:SharedArchiveFile=/dev/shm/ipclab-10668-3114314431637742380/calibration.jsa",
                "-Dipclab.run.private=/dev/shm/ipclab-10668-3114314431637742380");
        Path same = withFlags("run-same", "-Dipclab.floor.rtt.ns=216.0", "-Dipclab.fork=4",
                "-XX:SharedArchiveFile=/dev/shm/ipclab-2207--88213/calibration.jsa", "-Dipclab.run.private=/dev/shm/ipclab-2207--88213");
        Path serial = withFlags("run-serial", "-XX:+UseSerialGC");

        CliResult aa = CliResult.run(new CompareCommand(), a.toString(), same.toString(), "--format", "markdown");
        assertFalse(aa.out().contains("| flags * |"), aa.out());
        CliResult flagged = CliResult.run(new CompareCommand(), a.toString(), serial.toString(), "--format", "markdown");
        assertTrue(flagged.out().contains("| flags * |") && flagged.out().contains("-XX:+UseSerialGC"), flagged.out());
        assertTrue(flagged.out().contains("-XX:SharedArchiveFile=<run>/calibration.jsa"), "one run started from an archive: " + flagged.out());
    }

    /** Profilers perturb what they watch: a run with them differs from one without, as a flag would. */
    @Test
    void shouldShowTheProfilersAsADifferenceBetweenRuns() throws IOException {
        Path plain = SampleRuns.standard(temp.resolve("plain"), "run-plain", 1.0);
        ResultFolderFixture profiled = SampleRuns.fixture(temp.resolve("profiled"), "run-profiled", 1.0);
        profiled.environment().putArray("profilers").add("jfr").add("gc");
        Path profiledDir = profiled.write();

        CliResult result = CliResult.run(new CompareCommand(), plain.toString(), profiledDir.toString(), "--format",
                "markdown");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("| profilers * | none | jfr,gc |"), result.out());
        CliResult aa = CliResult.run(new CompareCommand(), plain.toString(), plain.toString(), "--format", "markdown");
        assertFalse(aa.out().contains("| profilers * |"), aa.out());
    }

    /** A sample run whose case JVM had these arguments besides the fixture's own. */
    private Path withFlags(String runId, String... flags) throws IOException {
        ResultFolderFixture run = SampleRuns.fixture(temp.resolve(runId), runId, 1.0);
        com.fasterxml.jackson.databind.node.ArrayNode arguments =
                (com.fasterxml.jackson.databind.node.ArrayNode) run.environment().path("jvm").path("inputArguments");
        for (String flag : flags) {
            arguments.add(flag);
        }
        return run.write();
    }

    /** A library version is an environment difference like a JVM flag: each run shows its own, the shared ones once. */
    @Test
    void shouldShowALibraryVersionThatDiffersBetweenTheRuns() throws IOException {
        Path a = withAeron("run-a", "1.49.1");
        Path same = withAeron("run-same", "1.49.1");
        Path older = withAeron("run-older", "1.46.7");

        CliResult aa = CliResult.run(new CompareCommand(), a.toString(), same.toString(), "--format", "markdown");
        assertFalse(aa.out().contains("| libraries * |"), aa.out());
        assertTrue(aa.out().contains("| libraries | (common only) | (common only) |"), aa.out());
        assertTrue(aa.out().contains("Libraries common to all runs: `io.aeron:aeron-client:1.49.1 org.agrona:agrona:2.6.0`"), aa.out());

        CliResult differ = CliResult.run(new CompareCommand(), a.toString(), older.toString(), "--format", "markdown");
        assertTrue(differ.out().contains("| libraries * | common + io.aeron:aeron-client:1.49.1 | common + io.aeron:aeron-client:1.46.7 |"),
                differ.out());
        assertTrue(differ.out().contains("Libraries common to all runs: `org.agrona:agrona:2.6.0`"), differ.out());
        assertFalse(differ.out().contains("things at once"), "one library is one change: " + differ.out());
        JsonNode json = Json.MAPPER.readTree(CliResult.run(new CompareCommand(), a.toString(), older.toString(), "--format", "json").out());
        assertTrue(json.path("differing").toString().contains("\"libraries\""), json.toString());
        assertEquals("org.agrona:agrona:2.6.0", json.path("commonLibraries").asText());
    }

    /** A run.json from before the lab recorded its libraries reads as unknown there, which is no change to warn about. */
    @Test
    void shouldReadARunWithoutLibrariesAsUnknownRatherThanAChange() throws IOException {
        Path recorded = withAeron("run-recorded", "1.49.1");
        ResultFolderFixture older = SampleRuns.fixture(temp.resolve("run-older"), "run-older", 1.0);
        older.environment().put("kernel", "6.9.0");
        Path unrecorded = older.write();

        CliResult result = CliResult.run(new CompareCommand(), unrecorded.toString(), recorded.toString(), "--format", "markdown");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("| libraries * | ? | io.aeron:aeron-client:1.49.1 org.agrona:agrona:2.6.0 |"), result.out());
        assertFalse(result.out().contains("things at once"), result.out());
    }

    /** A sample run whose case JVM measured this aeron-client beside agrona 2.6.0. */
    private Path withAeron(String runId, String aeronVersion) throws IOException {
        ResultFolderFixture run = SampleRuns.fixture(temp.resolve(runId), runId, 1.0);
        run.environment().putObject("libraries").put("org.agrona:agrona", "2.6.0").put("io.aeron:aeron-client", aeronVersion);
        return run.write();
    }

    /** The line grammar of Go's benchmark format (golang.org/design/14313-benchmark-format), as benchstat parses it. */
    @Test
    void shouldWriteGoBenchmarkLinesOnePerForkUnderEachSideForBenchstat() throws IOException {
        Path a = SampleRuns.forked(temp.resolve("a"), "run-a", 1.0, 4, 0.02, 1);
        Path b = SampleRuns.forked(temp.resolve("b"), "run-b", 1.1, 4, 0.02, 2);

        CliResult result = CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--format", "benchstat");

        assertEquals(0, result.exitCode(), result.err());
        java.util.regex.Pattern resultLine = java.util.regex.Pattern.compile("Benchmark[^a-z\\s]\\S*\\s+\\d+(\\s+[-+0-9.eE]+\\s+\\S+)+");
        java.util.regex.Pattern configLine = java.util.regex.Pattern.compile("[a-z][^\\sA-Z:]*: \\S.*");
        List<String> lines = result.out().lines().toList();
        for (String line : lines) {
            assertTrue(line.isEmpty() || resultLine.matcher(line).matches() || configLine.matcher(line).matches(), line);
        }
        int sideB = lines.indexOf("side: B");
        assertEquals(0, lines.indexOf("side: A"));
        String pipe = "BenchmarkQueue_rtt/size=64/transport=pipe/metric=rtt 1 ";
        assertEquals(4, lines.subList(0, sideB).stream().filter(l -> l.startsWith(pipe) && l.endsWith(" ns/op")).count());
        assertEquals(4, lines.subList(sideB, lines.size()).stream().filter(l -> l.startsWith(pipe)).count());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("BenchmarkQueue_throughput/size=64/transport=pipe/metric=throughput 1 ")
                && l.endsWith(" msgs/s")), result.out());
    }

    /** github-action-benchmark's customSmallerIsBetter input: every entry smaller-is-better, rates as time per item. */
    @Test
    void shouldWriteTheLastSidesRowsForACiBenchmarkTracker() throws IOException {
        Path a = SampleRuns.forked(temp.resolve("a"), "run-a", 1.0, 4, 0.02, 1);
        Path b = SampleRuns.forked(temp.resolve("b"), "run-b", 1.1, 4, 0.02, 2);

        CliResult result = CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--format", "github");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode entries = Json.MAPPER.readTree(result.out());
        assertTrue(entries.isArray() && entries.size() > 10, result.out());
        for (JsonNode e : entries) {
            assertTrue(e.path("name").isTextual() && e.path("value").isNumber() && e.path("value").asDouble() > 0, e.toString());
            assertTrue(List.of("ns", "ns/msg", "ns/op").contains(e.path("unit").asText()), e.toString());
        }
        JsonNode throughput = null;
        for (JsonNode e : entries) {
            if (e.path("name").asText().equals("queue/throughput/size=64;transport=pipe/throughput")) {
                throughput = e;
            }
        }
        assertTrue(throughput != null, result.out());
        assertEquals("ns/msg", throughput.path("unit").asText());
        assertEquals(1e9 / (1_000_000 / (1 + 64 / 4096.0) / 1.1), throughput.path("value").asDouble(), 30.0);
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
        assertTrue(csv.out().startsWith("module,case,params,metric,unit,run,runId,centre,changePct,changeLowPct,"), csv.out());

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
        assertRefused(CliResult.run(new CompareCommand(), a.toString(), a.toString(), "--threshold", "-1"), "-1", "from 0 to 100");
        assertRefused(CliResult.run(new CompareCommand(), a.toString(), a.toString(), "--threshold", "abc"), "abc", "from 0 to 100");
        assertRefused(CliResult.run(new CompareCommand(), a + ",", a.toString()), a + ",", "empty folder name");
        assertFalse(Files.exists(a.resolve("compare")), "nothing written");
    }

    @Test
    void shouldRefuseSidesWithNoRowInCommon() throws IOException {
        Path a = new ResultFolderFixture(temp.resolve("a"), "run-a")
                .rate("lock", "counter", Params.of("threads", 1), "op", "ops/s", SampleRuns.spread(100, 8)).write();
        Path b = new ResultFolderFixture(temp.resolve("b"), "run-b")
                .rate("queue", "throughput", Params.of("size", 64), "throughput", "msgs/s", SampleRuns.spread(100, 8)).write();

        assertRefused(CliResult.run(new CompareCommand(), a.toString(), b.toString()), "no row in common", "side B");
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
