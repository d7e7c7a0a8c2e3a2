package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.ipclab.core.Json;
import org.ipclab.core.Libraries;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.core.schema.SummaryCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smoke suite end to end, checked against the result-folder contract. */
class SmokeSuiteIT {
    private static final List<String> FOUNDATION_CASES = List.of(
            "queue,rtt,size=64;transport=pipe,rtt",
            "queue,rtt,size=64;transport=shm,rtt",
            "lock,counter,strategy=synchronized;threads=1",
            "lock,counter,strategy=synchronized;threads=2",
            "lock,counter,strategy=reentrant;threads=1",
            "lock,counter,strategy=reentrant;threads=2",
            "calibration,floor,,rtt");

    @TempDir
    static Path work;
    static Lab.Outcome outcome;
    static Path runDir;
    static Set<String> shmBefore;

    @BeforeAll
    static void runSmoke() throws Exception {
        shmBefore = Lab.sharedMemoryEntries();
        outcome = Lab.run(work, 600, "run", "smoke", "--out", work.resolve("results").toString());
        runDir = work.resolve("results").resolve("latest").toRealPath();
    }

    @Test
    void shouldFinishWithEveryCaseOkOrSkippedWithAReasonOrOverCapacity() throws Exception {
        assertEquals(0, outcome.exit(), outcome.out() + outcome.err());
        List<String> lines = Files.readAllLines(runDir.resolve("summary.csv"));
        assertEquals(SummaryCsv.HEADER, lines.get(0));
        assertTrue(lines.size() > 10, "rows: " + lines.size());
        for (String line : lines.subList(1, lines.size())) {
            ResultRow row = SummaryCsv.parse(line);
            // A machine loaded beside the run may not carry smoke's fixed rate: a finding, with the rate it carried.
            boolean overCapacity = row.overCapacity() && row.caseName().equals("fixed-rate");
            assertTrue(row.ok() || overCapacity || row.status().toString().matches("skipped:[a-z0-9._+-]+"), line);
            assertFalse(line.contains("\""), line);
            if (row.ok() || overCapacity) {
                assertFilled(row, line);
            }
        }
    }

    /** An ok row holds every number its unit promises: none empty, none NaN, percentiles in order. */
    private static void assertFilled(ResultRow row, String line) {
        assertTrue(row.count() > 0, "an ok row counts something: " + line);
        assertFalse(row.unit().text().isEmpty(), "an ok row has a unit: " + line);
        switch (row.unit().text()) {
            case "ns" -> {
                for (Long value : List.of(row.p50(), row.p90(), row.p99(), row.p999(), row.max())) {
                    assertNotNull(value, line);
                }
                assertFinite(row.mean(), line);
                assertTrue(0 <= row.p50() && row.p50() <= row.p90() && row.p90() <= row.p99()
                        && row.p99() <= row.p999() && row.p999() <= row.max(), "percentiles in order: " + line);
                assertTrue(row.mean() <= row.max(), line);
            }
            case "ops/s", "msgs/s", "bytes/s" -> {
                assertFinite(row.throughput(), line);
                assertTrue(row.throughput() > 0, line);
            }
            case "count" -> {
                assertFinite(row.mean(), line);
                assertNotNull(row.max(), line);
                assertTrue(row.mean() >= 0 && row.mean() <= row.max(), line);
            }
            default -> assertFinite(row.mean() != null ? row.mean() : row.throughput(), line);
        }
    }

    private static void assertFinite(Double value, String line) {
        assertNotNull(value, line);
        assertTrue(Double.isFinite(value), line);
    }

    @Test
    void shouldHoldTheFoundationCases() throws Exception {
        String summary = Files.readString(runDir.resolve("summary.csv"));
        for (String prefix : FOUNDATION_CASES) {
            // a prefix of module,case,params[,metric]: later parameters (e.g. work=0) may follow
            assertTrue(summary.contains("\n" + prefix + ",") || summary.contains("\n" + prefix + ";"), "missing " + prefix);
        }
        assertTrue(summary.contains("\nprocess,spawn,"), "missing process spawn");
        assertTrue(summary.contains("\nprocess,thread,kind=platform"), "missing process thread platform");
        assertTrue(summary.contains("\nc,rtt,size=64;transport=pipe,rtt,"), "missing the C twin of the pipe round trip");
    }

    @Test
    void shouldDescribeTheRunAndItsMachine() throws Exception {
        JsonNode run = Json.MAPPER.readTree(runDir.resolve("run.json").toFile());
        assertEquals(2, run.get("schemaVersion").asInt());
        assertEquals("complete", run.get("status").asText());
        assertEquals("smoke", run.get("suite").asText());
        assertEquals(runDir.getFileName().toString(), run.get("runId").asText());
        assertTrue(run.get("runId").asText().matches("\\d{8}-\\d{6}-.+-smoke"));
        assertNotNull(run.get("end").textValue());
        JsonNode env = run.get("environment");
        for (String key : List.of("hostname", "os", "kernel", "arch", "cpuModel", "logicalCpus", "physicalCpus",
                "memoryBytes", "virtualization", "jvm", "calibration")) {
            assertTrue(env.hasNonNull(key), "environment lacks " + key);
            assertFalse(env.get(key).isTextual() && env.get(key).asText().isBlank(), "environment's " + key + " is blank");
        }
        for (String key : List.of("vendor", "version", "vmName", "inputArguments", "gc", "launchMechanism")) {
            assertTrue(env.get("jvm").hasNonNull(key), "jvm lacks " + key);
        }
        assertTrue(env.get("calibration").get("floorRttP50Ns").asLong() > 0);
        assertTrue(run.get("git").hasNonNull("commit"));
        assertTrue(run.get("git").get("commit").asText().matches("[0-9a-f]{40}|unknown"), run.get("git").toString());
    }

    /** run.json names the library versions the lab was built with (see LibraryVersionsTest for the resolved jars). */
    @Test
    void shouldRecordTheMeasuredLibraries() throws Exception {
        JsonNode libraries = Json.MAPPER.readTree(runDir.resolve("run.json").toFile()).get("environment").get("libraries");
        Map<String, String> recorded = new TreeMap<>();
        libraries.fields().forEachRemaining(e -> recorded.put(e.getKey(), e.getValue().asText()));

        assertEquals(Libraries.measured(), recorded);
        assertTrue(recorded.containsKey("io.aeron:aeron-client") && recorded.containsKey("org.agrona:agrona"), recorded.toString());
    }

    @Test
    void shouldWriteTheHistogramFilesEachCaseNames() throws Exception {
        JsonNode run = Json.MAPPER.readTree(runDir.resolve("run.json").toFile());
        int files = 0;
        for (JsonNode entry : run.get("cases")) {
            for (JsonNode file : entry.get("files")) {
                assertTrue(Files.size(runDir.resolve(file.asText())) > 0, file.asText());
                files++;
            }
            assertTrue(Files.exists(runDir.resolve(entry.get("log").asText())));
        }
        assertTrue(files > 0);
        assertTrue(Files.exists(runDir.resolve("hdr/calibration.floor.rtt.hgrm")));
        assertTrue(Files.exists(runDir.resolve("jmh/lock.json")));
    }

    /** HdrHistogram's own reader, as its HistogramLogProcessor uses it by default, finds every fork's intervals. */
    @Test
    void shouldWriteLogsHdrHistogramsOwnReaderReadsUntagged() throws Exception {
        for (int fork = 1; fork <= Suite.SMOKE.defaultForks(); fork++) {
            Path log = runDir.resolve("hdr/calibration.floor.rtt.fork-" + fork + ".hlog");
            int intervals = 0;
            try (HistogramLogReader reader = new HistogramLogReader(log.toFile())) {
                EncodableHistogram h;
                while ((h = reader.nextIntervalHistogram()) != null) {
                    assertNull(h.getTag(), "untagged, so the default processor reads it");
                    intervals++;
                }
            }
            assertTrue(intervals > 0, log.toString());
        }
    }

    /** Every case ran in the suite's forks, each with its round, placement and interference recorded. */
    @Test
    void shouldRecordEveryForkOfEveryCase() throws Exception {
        JsonNode run = Json.MAPPER.readTree(runDir.resolve("run.json").toFile());
        int forks = run.get("forks").asInt();
        assertEquals(Suite.SMOKE.defaultForks(), forks);
        assertTrue(run.get("seed").isNumber());
        for (JsonNode entry : run.get("cases")) {
            JsonNode caseForks = entry.get("forks");
            assertEquals(forks, caseForks.size(), entry.get("id").asText());
            for (int i = 0; i < forks; i++) {
                JsonNode fork = caseForks.get(i);
                assertEquals(i + 1, fork.get("fork").asInt());
                assertEquals(i + 1, fork.get("round").asInt(), "one fork per round");
                assertTrue(fork.get("placement").hasNonNull("observed"), fork.toString());
                assertTrue(fork.get("interference").has("disturbed"), fork.toString());
                assertTrue(fork.get("rows").size() > 0, fork.toString());
            }
        }
    }

    /** Results on stdout, progress on stderr: {@code run > table.txt} keeps the table and the folder, the screen the rest. */
    @Test
    void shouldPrintResultsOnStdoutAndProgressOnStderr() throws Exception {
        JsonNode run = Json.MAPPER.readTree(runDir.resolve("run.json").toFile());
        int forks = 0;
        for (JsonNode entry : run.get("cases")) {
            forks += entry.get("forks").size();
        }
        List<String> progress = outcome.err().lines().filter(l -> l.matches("\\[\\d+/\\d+\\] .* fork \\d+/\\d+ .*")).toList();
        assertEquals(forks, progress.size(), "one progress line per fork on stderr:\n" + outcome.err());
        assertFalse(outcome.err().contains("\r") || outcome.err().contains("\033["), "no live line when stderr is a file");
        assertTrue(outcome.err().contains("estimate: "), outcome.err());

        String out = outcome.out();
        assertFalse(out.lines().anyMatch(l -> l.startsWith("[")), "no progress on stdout:\n" + out);
        assertTrue(out.lines().anyMatch(l -> l.matches("case +metric +p50 +p99 +throughput +forks +(x C +)?status")), out);
        String id = runDir.getFileName().toString();
        assertTrue(out.lines().anyMatch(l -> l.startsWith("run folder: ") && l.endsWith(id)), out);
        assertTrue(out.lines().anyMatch(l -> l.endsWith(id + "/report/index.html")), "the report's path:\n" + out);
    }

    @Test
    void shouldLeaveNoProcessAndNoSharedFileBehind() throws Exception {
        assertEquals(List.of(), Lab.awaitNoLabProcesses(0, outcome.token()));
        assertEquals(Set.of(), Lab.leftBehind(shmBefore));
    }
}
