package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The console through the jar on JDK 17 and 25 (where installed): under {@code LANG=C} µ, ×, … and ±
 * print as ASCII stand-ins, never as the '?' the JVM itself would print; under a UTF-8 locale they print
 * as themselves; the files stay UTF-8 either way.
 */
class ConsoleEncodingIT {
    private static final Path JDK_25 = Paths.get("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
    /** A short case whose end-of-run view prints '×' on stdout; every run's progress prints '…' on stderr. */
    private static final String COUNTER = "lock/counter/strategy=synchronized;threads=1;";

    @TempDir
    static Path work;

    static List<Path> javas() {
        List<Path> javas = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")));
        if (Files.isExecutable(JDK_25)) {
            javas.add(JDK_25);
        }
        return javas;
    }

    @ParameterizedTest
    @MethodSource("javas")
    void shouldPrintAsciiStandInsUnderTheCLocale(Path java) throws Exception {
        Path dir = Files.createTempDirectory(work, "c-locale");
        Lab.Outcome run = inLocale("C", java, dir, "run", "smoke", "--cases", COUNTER, "--forks", "1",
                "--out", dir.resolve("results").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        Path runDir = Lab.onlyRunFolder(dir.resolve("results"));
        Lab.Outcome compare = inLocale("C", java, dir, "compare", runDir.toString(), runDir.toString(),
                "--out", dir.resolve("compare").toString());
        Lab.Outcome report = inLocale("C", java, dir, "report", runDir.toString());
        Lab.Outcome help = inLocale("C", java, dir, "compare", "--help");

        assertTrue(run.err().contains("fork 1/1 ... "), "the progress line's ellipsis:\n" + run.err());
        assertTrue(run.out().contains("x: times slower than the best"), "the lock view's times sign:\n" + run.out());
        assertEquals(0, compare.exit(), compare.err());
        assertTrue(compare.out().contains("outside +/-3% and") && compare.out().contains("by more than x1.5"), compare.out());
        assertEquals(0, report.exit(), report.err());
        assertTrue(help.out().contains("within +/-PCT percent"), "picocli's help too:\n" + help.out());
        for (Lab.Outcome o : List.of(run, compare, report, help)) {
            // A '?' alone in a cell is the environment table's "unknown" (e.g. no cpufreq governor on a VM).
            String printed = (o.out() + o.err()).replaceAll("(?m)(?<=  )\\?(?=  |$)", "");
            assertFalse(printed.contains("?"), "no character printed as '?':\n" + o.out() + o.err());
        }
        // Files are UTF-8 whatever the console: the run's report keeps its '×'.
        String page = Files.readString(runDir.resolve("report/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("× floor"), "report/index.html in UTF-8");
    }

    @ParameterizedTest
    @MethodSource("javas")
    void shouldPrintTheCharactersThemselvesUnderAUtf8Locale(Path java) throws Exception {
        Path fixture = FixtureRun.dir();
        Path dir = Files.createTempDirectory(work, "utf8-locale");
        Lab.Outcome compare = inLocale("C.UTF-8", java, dir, "compare", fixture.toString(), fixture.toString(),
                "--out", dir.resolve("compare").toString());
        Lab.Outcome help = inLocale("C.UTF-8", java, dir, "compare", "--help");

        assertEquals(0, compare.exit(), compare.err());
        assertTrue(compare.out().contains("outside ±3% and") && compare.out().contains("by more than ×1.5"), compare.out());
        assertTrue(help.out().contains("within ±PCT percent"), help.out());
    }

    /** Runs the jar on {@code java} with every locale variable set to {@code locale}. */
    private static Lab.Outcome inLocale(String locale, Path java, Path dir, String... args) throws Exception {
        ProcessBuilder builder = Lab.command(java, args);
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANGUAGE"));
        builder.environment().put("LANG", locale);
        builder.environment().put("LC_ALL", locale);
        return Lab.finish(builder, dir, 300, String.join(" ", args) + " under LANG=" + locale + " on " + java);
    }
}
