package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.PrivateDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report, compare and publish through the jar on real run folders: a complete run and one left by a
 * runner killed with SIGKILL mid-case (run.json as saved after its calibration: status "running", no
 * end). Whichever command reads it first files it as abandoned (its runner is gone); each exits 0
 * without a stack trace, writes its page, and says the killed run did not finish rather than passing it
 * off as complete.
 */
class ResultsOfAKilledRunIT {
    @TempDir
    static Path work;
    static Path complete;
    static Path killed;

    @BeforeAll
    static void runs() throws Exception {
        complete = FixtureRun.dir();
        Path console = work.resolve("console.txt");
        Process run = Lab.start(console, "run", "smoke", "--cases", "lock/counter/strategy=synchronized;threads=2;",
                "--forks", "1", "--out", work.resolve("killed").toString());
        try {
            Lab.awaitJvms(c -> c.contains("org.openjdk.jmh.runner.ForkedMain"), 1, run); // mid-case, calibration filed
            run.destroyForcibly();
            assertEquals(137, Lab.await(run, 30, console));
            assertEquals(List.of(), Lab.awaitNoLabProcesses(15, run));
        } finally {
            Lab.privateFoldersOf(run.pid()).forEach(PrivateDir::deleteTree); // what the next run would remove
        }
        killed = Lab.onlyRunFolder(work.resolve("killed"));
        assertEquals("running", RunResults.read(killed).status(), "the killed runner could not file an end");
    }

    @Test
    void shouldReportTheKilledRunAsAbandonedWithNoEnd() throws Exception {
        Lab.Outcome report = cleanExit(Lab.run(work, 120, "report", killed.toString(), complete.toString()));

        assertAbandoned();
        String page = Files.readString(killed.resolve("report/index.html"));
        assertTrue(page.contains("<td>status</td><td>abandoned</td>"), "the status as filed");
        assertTrue(page.contains(" / ?</td>"), "no end time is made up");
        assertTrue(Files.readString(complete.resolve("report/index.html")).contains("<td>status</td><td>complete</td>"));
        assertTrue(report.out().contains(killed.resolve("report/index.html").toString()), report.out());
    }

    @Test
    void shouldCompareWithAWarningThatTheKilledRunDidNotFinish() throws Exception {
        Path out = work.resolve("compare");
        Lab.Outcome compare = cleanExit(Lab.run(work, 120, "compare", complete.toString(), killed.toString(),
                "--out", out.toString()));

        assertAbandoned();
        String warning = "run B did not finish (status abandoned)";
        assertTrue(compare.out().contains(warning), compare.out());
        assertFalse(compare.out().contains("run A did not finish"), compare.out());
        assertTrue(compare.out().contains("calibration"), "the rows both runs have are compared:\n" + compare.out());
        assertTrue(Files.readString(out.resolve("index.html")).contains(warning));
    }

    @Test
    void shouldPublishBothRunsWithTheKilledOneListedAsAbandoned() throws Exception {
        Path site = work.resolve("site");
        cleanExit(Lab.run(work, 120, "publish", complete.toString(), killed.toString(), "--out", site.toString()));
        assertAbandoned();

        String index = Files.readString(site.resolve("index.html"));
        String killedId = killed.getFileName().toString();
        assertTrue(index.contains(killedId + "</a></td><td>smoke</td><td>abandoned</td>"), index);
        assertTrue(index.contains(complete.getFileName() + "</a></td><td>smoke</td><td>complete</td>"), index);
        assertTrue(Files.readString(site.resolve("runs").resolve(killedId).resolve("index.html"))
                .contains("<td>status</td><td>abandoned</td>"));
    }

    /** Filed by whichever command read the folder first, with when and by what. */
    private static void assertAbandoned() throws Exception {
        RunResults run = RunResults.read(killed);
        assertEquals("abandoned", run.status());
        assertTrue(List.of("report", "compare", "publish").contains(run.runJson().path("abandoned").path("noticedBy").asText()),
                run.runJson().path("abandoned").toString());
        assertFalse(run.runJson().path("abandoned").path("noticedAt").asText().isEmpty());
    }

    private static Lab.Outcome cleanExit(Lab.Outcome outcome) {
        assertEquals(0, outcome.exit(), outcome.out() + outcome.err());
        assertFalse(outcome.err().contains("Exception") || outcome.err().contains("\tat "), "no stack trace:\n" + outcome.err());
        return outcome;
    }
}
