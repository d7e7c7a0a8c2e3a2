package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A result folder damaged after the run (copied half-way, edited, written by a newer lab): compare and
 * publish refuse it before writing anything, with exit 2 and the damaged file named.
 */
class DamagedResultsIT {
    @TempDir
    static Path work;
    static Path good;

    @BeforeAll
    static void copyTheGoodRun() throws Exception {
        good = copy(FixtureRun.dir(), work.resolve("good"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated run.json", "summary.csv missing a column", "corrupt hlog", "schema from the future"})
    void shouldRefuseTheDamagedFolderNamingTheFile(String damage) throws Exception {
        Path bad = copy(good, work.resolve(damage.replace(' ', '-')));
        Path file = damage(bad, damage);
        List<String> goodBefore = listing(good);

        Path site = work.resolve("site-" + bad.getFileName());
        for (String[] args : List.of(
                new String[] {"compare", good.toString(), bad.toString()},
                new String[] {"compare", bad.toString(), good.toString(), "--out", work.resolve("cmp").toString()},
                new String[] {"publish", good.toString(), bad.toString(), "--out", site.toString()})) {
            Lab.Outcome outcome = Lab.run(work, 60, args);
            String what = String.join(" ", args) + "\n" + outcome.err();
            assertEquals(2, outcome.exit(), what);
            assertTrue(outcome.err().contains(file.toString()), "the message must name " + file + ": " + what);
            assertFalse(outcome.err().contains("Exception") || outcome.err().contains("\tat "), "no stack trace: " + what);
        }
        assertFalse(Files.exists(site), "publish must write nothing");
        assertFalse(Files.exists(work.resolve("cmp")), "compare must write nothing");
        assertEquals(goodBefore, listing(good), "nothing written into the good run either");
    }

    /** Damages the copy as named; returns the damaged file. */
    private static Path damage(Path run, String damage) throws IOException {
        switch (damage) {
            case "truncated run.json" -> {
                Path file = run.resolve("run.json");
                String json = Files.readString(file);
                return Files.writeString(file, json.substring(0, json.length() / 2));
            }
            case "summary.csv missing a column" -> {
                Path file = run.resolve("summary.csv");
                List<String> lines = new ArrayList<>();
                for (String line : Files.readAllLines(file)) {
                    lines.add(line.substring(0, line.lastIndexOf(','))); // drop the status column
                }
                return Files.write(file, lines);
            }
            case "corrupt hlog" -> {
                Path file = run.resolve("hdr").resolve("calibration.floor.rtt.fork-1.hlog");
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                int last = lines.size() - 1;
                lines.set(last, lines.get(last).substring(0, lines.get(last).length() / 2) + "#!garbage!#");
                return Files.write(file, lines);
            }
            case "schema from the future" -> {
                Path file = run.resolve("run.json");
                return Files.writeString(file, Files.readString(file).replaceFirst("\"schemaVersion\"\\s*:\\s*2",
                        "\"schemaVersion\":99"));
            }
            default -> throw new IllegalArgumentException(damage);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
        return to;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
