package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.Params;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.PairedRow;
import org.ipclab.report.read.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java/C ratio where a run measured a row's C twin: in compare's table and CSV, and in the run's report. */
class JavaOverCTest {
    @TempDir
    Path temp;

    /** A pipe round trip 3x its C twin's, a spawn 5x, and a 64 KiB round trip with no twin. */
    private Path run(String name, double factor) throws IOException {
        return new ResultFolderFixture(temp.resolve(name), name).forks(3, 0.01)
                .latency("queue", "rtt", Params.of("size", 64, "transport", "pipe"), "rtt", 30_000 * factor, 8)
                .latency("queue", "rtt", Params.of("size", 65536, "transport", "pipe"), "rtt", 90_000 * factor, 8)
                .latency("process", "spawn", Params.of("api", "process-builder", "mechanism", "fork"), "start-to-exit",
                        2_500_000 * factor, 8)
                .latency("c", "rtt", Params.of("size", 64, "transport", "pipe"), "rtt", 10_000, 8)
                .latency("c", "spawn", Params.of("mechanism", "fork"), "start-to-exit", 500_000, 8)
                .write();
    }

    private static PairedRow row(Comparison c, String module, String params, String side) {
        return c.rows().stream().filter(r -> r.module().equals(module) && r.params().equals(params) && r.run().equals(side))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + module + " " + params + " " + side));
    }

    @Test
    void shouldShowEachSidesOwnJavaOverCRatioInCompare() throws IOException {
        Path a = run("run-a", 1.0);
        Path b = run("run-b", 2.0);
        Comparison c = Comparison.of(List.of(RunFolder.read(a), RunFolder.read(b)));

        assertEquals(3.0, row(c, "queue", "size=64;transport=pipe", "A").cMultiple(), 0.3);
        assertEquals(6.0, row(c, "queue", "size=64;transport=pipe", "B").cMultiple(), 0.6, "B's Java got slower, its C did not");
        assertEquals(5.0, row(c, "process", "api=process-builder;mechanism=fork", "A").cMultiple(), 0.5);
        assertNull(row(c, "queue", "size=65536;transport=pipe", "A").cMultiple(), "no C twin measured");
        assertNull(row(c, "c", "size=64;transport=pipe", "A").cMultiple(), "a C row is no multiple of itself");

        CliResult text = CliResult.run(new CompareCommand(), a.toString(), b.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("x C"), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.contains("size=64;transport=pipe") && l.contains(" 3.0x")), text.out());
        CliResult csv = CliResult.run(new CompareCommand(), a.toString(), b.toString(), "--format", "csv");
        assertTrue(csv.out().lines().findFirst().orElseThrow().contains(",floorMultiple,cMultiple,"), csv.out());
    }

    @Test
    void shouldShowTheRatioInTheRunsReport() throws IOException {
        Path a = run("run-a", 1.0);

        CliResult result = CliResult.run(new ReportCommand(), a.toString());

        assertEquals(0, result.exitCode(), result.err());
        String html = Files.readString(a.resolve("report/index.html"));
        assertTrue(html.contains("× C"), "a column for the ratio");
        assertTrue(html.matches("(?s).*>[0-9]\\.[0-9]x<.*"), "ratios in the table");
    }
}
