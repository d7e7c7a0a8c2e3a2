package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.ipclab.core.Json;
import org.ipclab.core.ResultRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --profile} through the jar: Flight Recorder files the JDK's own reader opens, GC logs and
 * counts, JMH's profilers for a JMH case, and a profiler that cannot run here filed as skipped while
 * the measurement stands.
 */
class ProfileIT {
    private static final String CASE_JVM_CASE = "queue/rtt/size=64;transport=pipe";
    private static final String JMH_CASE = "lock/counter/strategy=synchronized;threads=2;";

    @TempDir
    Path work;

    @Test
    void shouldRecordEveryForkOfACaseJvmInAFileTheJdksReaderOpensAndLogItsGc() throws Exception {
        Path out = work.resolve("results");
        Lab.Outcome outcome = Lab.run(work, 240, "run", "smoke", "--cases", CASE_JVM_CASE + "$", "--forks", "2",
                "--profile", "jfr", "--profile", "gc", "--out", out.toString());
        assertEquals(0, outcome.exit(), outcome.out() + outcome.err());
        RunResults run = RunResults.read(Lab.onlyRunFolder(out));

        assertEquals(List.of("gc", "jfr"), texts(run.runJson().path("environment").path("profilers")));
        JsonNode forks = run.caseEntry(CASE_JVM_CASE).path("forks");
        assertEquals(2, forks.size());
        for (JsonNode fork : forks) {
            String id = run.caseEntry(CASE_JVM_CASE).path("id").asText();
            Map<String, JsonNode> byProfiler = profiles(fork);
            assertEquals("ok", byProfiler.get("jfr").path("status").asText(), fork.toString());
            String jfr = "jfr/" + id + ".fork-" + fork.path("fork").asInt() + ".jfr";
            assertEquals(List.of(jfr), texts(byProfiler.get("jfr").path("files")));
            List<RecordedEvent> events = RecordingFile.readAllEvents(run.dir().resolve(jfr));
            assertTrue(events.stream().anyMatch(e -> e.getEventType().getName().equals("jdk.JVMInformation")),
                    "a whole recording of the case JVM: " + events.size() + " events");

            JsonNode gc = byProfiler.get("gc");
            assertEquals("ok", gc.path("status").asText(), gc.toString());
            String log = "gc/" + id + ".fork-" + fork.path("fork").asInt() + ".log";
            assertEquals(List.of(log), texts(gc.path("files")));
            assertTrue(Files.readString(run.dir().resolve(log)).contains("Using Parallel"), "the JVM's own GC log");
            assertTrue(gc.path("figures").size() >= 1 && gc.path("figures").elements().next().has("count"), gc.toString());
        }
        assertEquals(0, run.caseEntry("calibration/floor").path("forks").get(0).path("profiles").size(),
                "the floor is not profiled");
        String report = Files.readString(run.dir().resolve("report/index.html"));
        assertTrue(report.contains("../jfr/" + run.caseEntry(CASE_JVM_CASE).path("id").asText() + ".fork-1.jfr"),
                "the report links the recordings");
    }

    @Test
    void shouldUseJmhsOwnProfilersForAJmhCase() throws Exception {
        Path out = work.resolve("results");
        Lab.Outcome outcome = Lab.run(work, 240, "run", "smoke", "--cases", JMH_CASE, "--profile", "gc,jfr,perfnorm",
                "--out", out.toString());
        assertEquals(0, outcome.exit(), outcome.out() + outcome.err());
        RunResults run = RunResults.read(Lab.onlyRunFolder(out));
        Map<String, JsonNode> byProfiler = profiles(run.caseEntry(JMH_CASE).path("forks").get(0));

        JsonNode gc = byProfiler.get("gc");
        assertEquals("ok", gc.path("status").asText(), gc.toString());
        assertTrue(gc.path("figures").has("gc.alloc.rate.norm"), gc.toString());
        JsonNode jmh = Json.MAPPER.readTree(run.dir().resolve("jmh/lock.json").toFile());
        assertTrue(jmh.get(0).path("secondaryMetrics").has("gc.alloc.rate"), "JMH's gc results stay in its JSON");

        JsonNode jfr = byProfiler.get("jfr");
        assertEquals("ok", jfr.path("status").asText(), jfr.toString());
        Path recording = run.dir().resolve(jfr.path("files").get(0).asText());
        assertTrue(recording.getFileName().toString().matches(".*\\.fork-1\\.jfr"), recording.toString());
        assertFalse(RecordingFile.readAllEvents(recording).isEmpty());
        String vmOptions = Files.readAllLines(run.dir().resolve(run.caseEntry(JMH_CASE).path("log").asText())).stream()
                .filter(l -> l.startsWith("# VM options:")).findFirst().orElseThrow();
        assertFalse(vmOptions.contains("-Dipclab.profile"), "the case JVM's profiling stays its own: " + vmOptions);
        assertEquals(1, vmOptions.split("-Xmx1g", -1).length - 1, "each flag once: " + vmOptions);

        // perf events may or may not be readable in this VM: either JMH counted, or the run says why not.
        String perfnorm = byProfiler.get("perfnorm").path("status").asText();
        assertTrue(perfnorm.equals("ok") || perfnorm.equals("skipped:no-perf-events"), byProfiler.get("perfnorm").toString());
        assertTrue(run.rows().stream().allMatch(ResultRow::ok), run.rows().toString());
    }

    @Test
    void shouldSkipAsyncProfilerThatCannotLoadAndStillMeasure() throws Exception {
        Path notALibrary = Files.writeString(work.resolve("libasyncProfiler.so"), "not a shared object");
        Path out = work.resolve("results");
        Lab.Outcome outcome = Lab.run(work, 240, "run", "smoke", "--cases", CASE_JVM_CASE + "$", "--profile", "async",
                "--jvm-arg", "-Dipclab.async.library=" + notALibrary, "--out", out.toString());

        assertEquals(0, outcome.exit(), outcome.out() + outcome.err());
        RunResults run = RunResults.read(Lab.onlyRunFolder(out));
        JsonNode async = profiles(run.caseEntry(CASE_JVM_CASE).path("forks").get(0)).get("async");
        assertEquals("skipped:no-library", async.path("status").asText(), async.toString());
        assertTrue(async.path("detail").asText().contains(notALibrary.toString()), async.toString());
        assertEquals("ok", run.caseStatus(CASE_JVM_CASE));
    }

    /** The bundled async-profiler, where this machine lets it sample: a flame graph, or the reason it could not. */
    @Test
    void shouldDrawAFlameGraphOrSayWhyNot() throws Exception {
        Path out = work.resolve("results");
        Lab.Outcome outcome = Lab.run(work, 240, "run", "smoke", "--cases", CASE_JVM_CASE + "$", "--profile", "async",
                "--out", out.toString());

        assertEquals(0, outcome.exit(), outcome.out() + outcome.err());
        RunResults run = RunResults.read(Lab.onlyRunFolder(out));
        JsonNode async = profiles(run.caseEntry(CASE_JVM_CASE).path("forks").get(0)).get("async");
        if (async.path("status").asText().equals("ok")) {
            String html = Files.readString(run.dir().resolve(async.path("files").get(0).asText()));
            assertTrue(html.contains("<html") || html.contains("<!DOCTYPE"), "an HTML flame graph");
        } else {
            assertTrue(async.path("status").asText().startsWith("skipped:") && !async.path("detail").asText().isEmpty(),
                    async.toString());
        }
        assertEquals("ok", run.caseStatus(CASE_JVM_CASE));
    }

    private static Map<String, JsonNode> profiles(JsonNode fork) {
        Map<String, JsonNode> byProfiler = new TreeMap<>();
        fork.path("profiles").forEach(p -> byProfiler.put(p.path("profiler").asText(), p));
        return byProfiler;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
