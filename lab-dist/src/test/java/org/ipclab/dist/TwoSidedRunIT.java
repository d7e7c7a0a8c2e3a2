package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that measures two JVM configurations fork by fork ({@code --vs-jvm-arg}): two run folders that name each other,
 * each with its side's flags and every fork of every case; the forks alternate A and B back to back; each side's JVMs
 * ran its own flags; compare reads the pair as interleaved; nothing is left behind.
 */
class TwoSidedRunIT {
    private static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)/(\\d+)] ([AB]) (\\S+ \\S+ .*) fork (\\d+)/2 ", Pattern.MULTILINE);

    @TempDir
    Path work;

    @Test
    void shouldRunEveryForkOnBothSidesIntoTwoFolders() throws Exception {
        Set<String> shmBefore = Lab.sharedMemoryEntries();
        Path results = work.resolve("results");
        Lab.Outcome run = Lab.run(work, 300, "run", "smoke", "--cases", "lock/tickets/.*strategy=reentrant", "--forks", "2",
                "--seed", "5", "--vs-jvm-arg", "-XX:+UseSerialGC", "--out", results.toString());
        assertEquals(0, run.exit(), run.err());

        List<Path> runs;
        try (Stream<Path> dirs = Files.list(results)) {
            runs = dirs.filter(d -> !d.getFileName().toString().equals("latest")).sorted().toList();
        }
        assertEquals(2, runs.size(), "a folder a side: " + runs);
        RunResults a = RunResults.read(runs.get(0));
        RunResults b = RunResults.read(runs.get(1));
        assertTrue(b.dir().getFileName().toString().endsWith("-smoke-vs"), b.dir().toString());
        assertEquals(a.dir().toRealPath(), results.resolve("latest").toRealPath(), "latest is the run's own side");
        JsonNode configA = a.runJson().get("config");
        JsonNode configB = b.runJson().get("config");
        assertEquals("A", configA.get("side").asText());
        assertEquals("B", configB.get("side").asText());
        assertEquals(b.runJson().get("runId").asText(), configA.get("interleavedWith").asText());
        assertEquals(a.runJson().get("runId").asText(), configB.get("interleavedWith").asText());
        assertEquals("[]", configA.get("jvmArgs").toString());
        assertEquals("[\"-XX:+UseSerialGC\"]", configB.get("jvmArgs").toString());
        for (RunResults side : List.of(a, b)) {
            assertEquals("complete", side.status());
            assertEquals(2, side.caseKeys().size(), "the calibration and the lock case in " + side.dir());
            for (JsonNode c : side.runJson().get("cases")) {
                assertEquals(2, c.get("forks").size(), c.get("id") + " in " + side.dir());
            }
            side.rows().forEach(r -> assertTrue(r.ok(), r.toString()));
        }
        assertEquals(List.of("PS MarkSweep", "PS Scavenge"), collectors(a), "side A: the lab's ParallelGC");
        assertEquals(List.of("Copy", "MarkSweepCompact"), collectors(b), "side B: its --vs-jvm-arg");

        // Progress: [i/8] A|B ... fork f/2, each case's fork on both sides back to back.
        Matcher m = PROGRESS.matcher(run.err());
        List<String> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(m.group(3) + " " + m.group(4).strip() + " " + m.group(5));
        }
        assertEquals(8, lines.size(), run.err());
        for (int i = 0; i < lines.size(); i += 2) {
            String first = lines.get(i);
            String second = lines.get(i + 1);
            assertEquals(first.substring(2), second.substring(2), "one fork of one case on both sides: " + lines);
            assertTrue(!first.startsWith(second.substring(0, 1)), "A then B or B then A: " + lines);
        }
        assertTrue(run.out().contains("compare the sides: ./scripts/compare.sh " + a.dir() + " " + b.dir()), run.out());

        Lab.Outcome compare = Lab.run(work, 120, "compare", a.dir().toString(), b.dir().toString());
        assertEquals(0, compare.exit(), compare.err());
        assertTrue(compare.out().contains("forks interleaved: each fork ran on both sides back to back"), compare.out());
        assertEquals(List.of(), Lab.awaitNoLabProcesses(5, run.token()));
        assertEquals(Set.of(), Lab.leftBehind(shmBefore));
    }

    private static List<String> collectors(RunResults run) {
        List<String> names = new ArrayList<>();
        run.runJson().get("environment").get("jvm").get("gc").forEach(n -> names.add(n.asText()));
        return names;
    }
}
