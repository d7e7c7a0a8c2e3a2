package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.report.read.MeasuredRow.SampleSource;
import org.ipclab.report.read.MeasuredRow;
import org.ipclab.report.read.ResultFolderException;
import org.ipclab.report.read.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    @TempDir
    Path temp;

    @Test
    void shouldReadRowsSamplesEnvironmentAndCalibration() throws IOException {
        RunFolder run = RunFolder.read(SampleRuns.standard(temp.resolve("a"), "run-a", 1.0));

        assertEquals("run-a", run.runId());
        // calibration; queue rtt, throughput, fixed-rate, over capacity, bytes, failed; lock counter, lost updates,
        // file-lock; process.
        assertEquals(1 + 6 + 6 + 3 + 1 + 1 + 1 + 9 + 9 + 1 + 4 + 1 + 1 + 1, run.rows().size());
        assertEquals("Test CPU @ 2.60GHz", run.environment().controlled().get("cpu"));
        assertEquals(500, run.floorRttNs().getAsDouble());
        MeasuredRow lock = find(run, "lock/counter/strategy=reentrant;threads=2;work=0/op");
        assertEquals(SampleSource.ITERATIONS, lock.source());
        assertEquals(8, lock.samples().size());
    }

    @Test
    void shouldReconstructOneMedianPerIntervalFromTheHlog() throws IOException {
        RunFolder run = RunFolder.read(SampleRuns.standard(temp.resolve("a"), "run-a", 1.0));

        MeasuredRow rtt = find(run, "queue/rtt/size=64;transport=pipe/rtt");
        assertEquals(SampleSource.INTERVALS, rtt.source());
        assertEquals(12, rtt.samples().size());
        assertEquals(12 * 2000, rtt.distribution().orElseThrow().getTotalCount());
        rtt.samples().forEach(s -> assertTrue(s > 18_000 && s < 23_000, "interval median " + s));
    }

    @Test
    void shouldKeepANoSpaceSkipWholeInSummaryAndRunJson() throws IOException {
        // Built by the runner, not a reason word: spaces, a colon, parentheses and a semicolon, but no comma.
        RowStatus status = RowStatus.parse("skipped:no-space(/dev/shm: 1.0 MiB free; 24.0 MiB needed)");
        CaseSpec aeron = new CaseSpec("queue", "rtt", Params.of("transport", "aeron", "size", 64));
        Path dir = new ResultFolderFixture(temp.resolve("a"), "run-a")
                .row(ResultRow.empty(aeron, "rtt", status)).write();

        RunFolder run = RunFolder.read(dir);

        assertEquals(status, find(run, "queue/rtt/size=64;transport=aeron/rtt").row().status());
        assertEquals(status, run.info().cases().get(0).status());
    }

    @Test
    void shouldRefuseAMissingFolderAndAFileInItsPlace() throws IOException {
        assertRefused(temp.resolve("nope"), "nope", "no such result folder");
        Path file = Files.writeString(temp.resolve("plain.txt"), "x");
        assertRefused(file, "plain.txt", "is a file");
    }

    @Test
    void shouldRefuseAMissingOrTruncatedRunJson() throws IOException {
        Path dir = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        String json = Files.readString(dir.resolve("run.json"));
        Files.writeString(dir.resolve("run.json"), json.substring(0, json.length() / 2));
        assertRefused(dir, "run.json", "truncated");
        Files.delete(dir.resolve("run.json"));
        assertRefused(dir, "run.json", "missing");
    }

    @Test
    void shouldRefuseASchemaVersionFromTheFuture() throws IOException {
        Path dir = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        String json = Files.readString(dir.resolve("run.json")).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 7");
        Files.writeString(dir.resolve("run.json"), json);
        assertRefused(dir, "run.json", "schemaVersion 7");
    }

    @Test
    void shouldRefuseASummaryWithAWrongHeaderOrAShortRow() throws IOException {
        Path dir = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        String csv = Files.readString(dir.resolve("summary.csv"));
        Files.writeString(dir.resolve("summary.csv"), csv.replace("p999", "p9999"));
        assertRefused(dir, "summary.csv", "wrong header");
        Files.writeString(dir.resolve("summary.csv"), csv.substring(0, csv.length() - 40));
        assertRefused(dir, "summary.csv", "fields");
    }

    @Test
    void shouldRefuseACorruptOrTruncatedHlog() throws IOException {
        Path dir = SampleRuns.standard(temp.resolve("a"), "run-a", 1.0);
        Path hlog = dir.resolve("hdr/queue.rtt.size-64_transport-pipe.rtt.fork-1.hlog");
        String text = Files.readString(hlog);
        Files.writeString(hlog, text.substring(0, text.length() - 30));
        assertRefused(dir, hlog.getFileName().toString(), "corrupt");
        Files.writeString(hlog, text.replace("HISTF", "HISTX"));
        assertRefused(dir, hlog.getFileName().toString(), "corrupt");
        Files.delete(hlog);
        assertRefused(dir, hlog.getFileName().toString(), "missing");
    }

    private static MeasuredRow find(RunFolder run, String key) {
        return run.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static void assertRefused(Path dir, String fileName, String problem) {
        ResultFolderException e = assertThrows(ResultFolderException.class, () -> RunFolder.read(dir));
        assertTrue(e.getMessage().contains(fileName), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
