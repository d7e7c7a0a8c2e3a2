package org.ipclab.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Json;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.profile.ProfileOutcome;
import org.ipclab.core.profile.Profiler;
import org.junit.jupiter.api.Test;

/** run.json written, read back by the same types and written again: the same text, in the shape readers know. */
class RunRecordRoundTripTest {
    private static final CaseSpec PIPE = new CaseSpec("queue", "rtt", Params.of("transport", "pipe", "size", 64));

    static RunRecord sample() {
        MachineEnvironment environment = new MachineEnvironment("host", null, null, null, null, null, null, null, null, null,
                NullOrAbsent.of((String) null), null, null, null, null, null, null, null, null, null);
        RunRecord record = RunRecord.starting("smoke", "run-suite smoke", new GitCommit("abc123", false),
                "2026-01-01T00:00:00Z", 42, 2, List.of("os"),
                new RunConfig("smoke", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null), environment)
                .withRunId("20260101-000000-host-smoke").withEstimatedSeconds(60)
                .withEnvironment(e -> e.withCalibration(new Calibration(520L, 900L, 1000L, 25.0, 6.0)))
                .withConcurrentRun(new ConcurrentRun(7, "/tmp/other-run", false, "2026-01-01T00:00:30Z", 3));

        ResultRow rtt = new ResultRow("queue", "rtt", PIPE.params(), "rtt", Unit.NS, 1000, 1234.5, 1200L, 1300L, 1400L,
                1500L, 1600L, null, RowStatus.OK, List.of(1200.0, 1210.0));
        String log = "logs/queue.rtt.size-64_transport-pipe.fork-1.log";
        RunRecord.ForkEntry fork = new RunRecord.ForkEntry(1, 1, RowStatus.OK, 1.5,
                new ForkPlacement("os", "cross", List.of(0, 0), List.of(1, 1), 12), new Interference(0.0, 3.5, 10L, false),
                510.0, List.of(rtt),
                List.of(new SteadyFacts("rtt", 12, 1.5, true, 0, 10_000L), new SteadyFacts("one-way", 3, null, null, 1, null)),
                List.of(), Map.of(), List.of("hdr/queue.rtt.size-64_transport-pipe.rtt.fork-1.hlog"), log,
                List.of(ProfileOutcome.skipped(Profiler.values()[0], "no-library", "not found")));
        RunRecord.ForkEntry failed = new RunRecord.ForkEntry(2, 2, RowStatus.failed("timeout"), 0, null, null, null,
                List.of(ResultRow.failed(PIPE, "rtt", "timeout")), null, null, null, null, null, null);
        return record.withCases(List.of(new RunRecord.CaseEntry(PIPE.id(), PIPE.module(), PIPE.name(), PIPE.params(), RowStatus.OK, 3.0,
                List.of(rtt), List.of("fork 2 timed out"), Map.of("warmupMessages", 2000),
                List.of("hdr/queue.rtt.size-64_transport-pipe.rtt.hgrm"), log, List.of(fork, failed))))
                .ended(RunStatus.COMPLETE, "2026-01-01T00:01:00Z");
    }

    @Test
    void shouldReadBackWhatItWritesAndWriteItAgainUnchanged() throws Exception {
        String written = Json.MAPPER.writeValueAsString(sample());
        RunRecord back = Json.MAPPER.readValue(written, RunRecord.class);
        assertEquals(written, Json.MAPPER.writeValueAsString(back));
        assertEquals(sample().allRows(), back.allRows());
        assertEquals(new Calibration(520L, 900L, 1000L, 25.0, 6.0), back.calibration());
        assertEquals(RowStatus.failed("timeout"), back.cases().get(0).forks().get(1).status());
        assertEquals("cross", back.cases().get(0).forks().get(0).placement().observed());
    }

    /** run-v2.json: the same record as written before rows and runs had types: field names, nesting and values. */
    @Test
    void shouldWriteTheShapeSchema2HasAlwaysHad() throws Exception {
        try (InputStream golden = RunRecordRoundTripTest.class.getResourceAsStream("run-v2.json")) {
            assertEquals(new String(golden.readAllBytes(), StandardCharsets.UTF_8), Json.MAPPER.writeValueAsString(sample()));
        }
    }
}
