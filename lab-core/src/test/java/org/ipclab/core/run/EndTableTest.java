package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord;
import org.ipclab.core.schema.Unit;
import org.junit.jupiter.api.Test;

class EndTableTest {
    private static RunRecord.CaseEntry entry(ResultRow row) {
        RunRecord.ForkEntry fork = new RunRecord.ForkEntry(1, 1, null, 0, null, null, null, List.of(row), null, null, null,
                null, null, null);
        return new RunRecord.CaseEntry(row.spec().id(), row.module(), row.caseName(), row.params(), row.status(), 0,
                List.of(row), null, null, null, null, List.of(fork));
    }

    private static ResultRow rtt(String module, long p50) {
        return new ResultRow(module, "rtt", Params.parse("size=64;transport=pipe"), "rtt", Unit.NS, 100, (double) p50, p50, p50, p50, p50,
                p50, null, RowStatus.OK, null);
    }

    @Test
    void shouldShowTheJavaOverCRatioOnTheJavaRowOnly() {
        RunRecord record = RunRecord.starting("smoke", "", null, "", 1, 1, null, null, null).withCases(List.of(
                entry(rtt("queue", 7_500)), entry(rtt("c", 2_500)),
                entry(ResultRow.skipped(new CaseSpec("queue", "rtt", Params.of("size", 8, "transport", "pipe")), "rtt", "x"))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        EndTable.print(record, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("case ") && l.contains("x C")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("rtt size=64;transport=pipe") && l.contains("7500 ns")
                && l.contains("3.0x")), String.join("\n", lines));
        assertTrue(lines.stream().filter(l -> l.contains("2500 ns")).noneMatch(l -> l.matches(".*\\d\\.\\dx.*")),
                "the C row itself has no ratio: " + String.join("\n", lines));
    }
}
