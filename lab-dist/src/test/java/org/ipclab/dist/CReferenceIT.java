package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C reference inside a run, through the jar: the C twin of the 64-byte pipe round trip measured with
 * the machine's cc beside the Java row, both in summary.csv, the end table showing the Java row's Java/C
 * ratio; and with the compiler absent, the C row skipped:no-cc while the Java row still measures.
 */
class CReferenceIT {
    private static final String PIPE = "^(queue|c)/rtt/size=64;transport=pipe$";

    @TempDir
    Path work;

    @Test
    void shouldMeasureTheCTwinBesideTheJavaRowAndPrintTheirRatio() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/cc")), "needs the machine's cc");
        Path out = work.resolve("results");
        Set<String> before = Lab.sharedMemoryEntries();
        // Pinned, so both rows ran on two CPUs: left to the OS they may land differently, and then have no ratio.
        ProcessBuilder run = Lab.command("run", "smoke", "--cases", PIPE, "--placement", "cross", "--out", out.toString());
        run.environment().put("CC", "/usr/bin/cc");

        Lab.Outcome outcome = Lab.finish(run, work, 180, "smoke with its C twin");

        assertEquals(0, outcome.exit(), outcome.out() + outcome.err());
        RunResults results = RunResults.read(Lab.onlyRunFolder(out));
        ResultRow c = results.rowsOf("c/rtt/size=64;transport=pipe").get(0);
        ResultRow java = results.rowsOf("queue/rtt/size=64;transport=pipe").get(0);
        assertEquals(RowStatus.OK, c.status());
        assertEquals(RowStatus.OK, java.status());
        assertTrue(c.count() > 100 && c.p50() > 0, c.toString());
        assertTrue(Files.exists(results.dir().resolve("hdr/c.rtt.size-64_transport-pipe.rtt.hgrm")));
        String ratio = String.format(Locale.ROOT, "%.1fx", (double) java.p50() / c.p50());
        assertTrue(outcome.out().lines().anyMatch(l -> l.startsWith("rtt size=64;transport=pipe") && l.contains(" " + ratio + " ")),
                "the Java row shows " + ratio + ": " + outcome.out());
        assertTrue(results.caseEntry("c/rtt").get("facts").get("cc").asText().endsWith("cc"));
        assertTrue(Files.readString(results.dir().resolve("report/index.html")).contains(ratio), "the report shows it too");
        assertEquals(Set.of(), Lab.leftBehind(before), "the compiled program goes with the run's private folder");
    }

    @Test
    void shouldSkipTheCRowWithoutACompilerAndStillMeasureTheJavaRow() throws Exception {
        Path out = work.resolve("results");
        ProcessBuilder run = Lab.command("run", "smoke", "--cases", PIPE, "--out", out.toString());
        run.environment().put("CC", work.resolve("no-such-cc").toString());

        Lab.Outcome outcome = Lab.finish(run, work, 180, "smoke without cc");

        assertEquals(0, outcome.exit(), "a skip is no failure: " + outcome.out() + outcome.err());
        RunResults results = RunResults.read(Lab.onlyRunFolder(out));
        assertEquals("skipped:no-cc", results.caseStatus("c/rtt/size=64;transport=pipe"));
        assertEquals("ok", results.caseStatus("queue/rtt/size=64;transport=pipe"));
        assertTrue(outcome.out().contains("skipped:no-cc"), outcome.out());
    }
}
