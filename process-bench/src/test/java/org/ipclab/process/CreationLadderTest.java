package org.ipclab.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.junit.jupiter.api.Test;

class CreationLadderTest {
    private static final ResultRow VIRTUAL = latency("thread", "kind=virtual", "start-to-join", 12_000);
    private static final ResultRow PLATFORM = latency("thread", "kind=platform", "start-to-join", 76_000);
    private static final ResultRow POOLED_TASK = latency("future", "kind=executor", "submit-to-result", 8_000);
    private static final ResultRow POOLED_PROCESS =
            latency("pool", "kind=process;size=1;tasks=100;work=none", "batch", 8_000_000);
    private static final ResultRow NEW_PROCESS =
            latency("spawn", "api=process-builder;mechanism=posix_spawn", "start-to-exit", 1_440_000);
    private static final ResultRow NEW_JVM = latency("jvm-start", "cds=on", "start-to-exit", 114_000_000);

    private static ResultRow latency(String caseName, String params, String metric, long p50) {
        return new ResultRow("process", caseName, Params.parse(params), metric, Unit.NS, 100, (double) p50, p50, p50, p50, p50, p50,
                null, RowStatus.OK, null);
    }

    private static String ladder(ResultRow... rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CreationLadder.print(List.of(rows), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
    }

    @Test
    void shouldPutTheRungsCheapestFirstWithTheirRatioToTheCheapest() {
        List<String> lines = lines(ladder(NEW_JVM, NEW_PROCESS, POOLED_PROCESS, PLATFORM, VIRTUAL, POOLED_TASK));
        assertEquals(6, lines.size(), lines.toString());
        List<String> order = List.of("pooled task", "virtual thread", "platform thread", "pooled process", "new process",
                "new JVM");
        for (int i = 0; i < order.size(); i++) {
            assertTrue(lines.get(i).startsWith(order.get(i)), order.get(i) + " at " + i + ": " + lines);
        }
        assertTrue(lines.get(0).contains("8.00 µs") && lines.get(0).contains("1.00×"), lines.get(0));
        assertTrue(lines.get(1).contains("1.50×"), lines.get(1));
        assertTrue(lines.get(2).contains("9.50×"), lines.get(2));
        assertTrue(lines.get(4).contains("1.44 ms") && lines.get(4).contains("180×"), lines.get(4));
        assertTrue(lines.get(5).contains("114 ms") && lines.get(5).contains("14,250×"), lines.get(5));
    }

    @Test
    void shouldTimeThePooledProcessAsOneTaskOfItsBatch() {
        String line = lines(ladder(POOLED_TASK, POOLED_PROCESS)).get(1);
        assertTrue(line.startsWith("pooled process") && line.contains("80.0 µs") && line.contains("10×"), line);
    }

    @Test
    void shouldDrawOrdersOfMagnitudeOnALogScale() {
        List<String> lines = lines(ladder(POOLED_TASK, NEW_PROCESS));
        assertTrue(lines.get(0).contains(" # "), lines.get(0));
        // 180x is 2.26 decades: 1 + round(4 * 2.26) = 10 marks
        assertTrue(lines.get(1).contains(" ########## "), lines.get(1));
    }

    @Test
    void shouldSaySkippedAndMissingRungsWithTheirReason() {
        ResultRow skipped = new ResultRow("process", "thread", Params.parse("kind=virtual"), "start-to-join", Unit.NONE, 0, null, null, null,
                null, null, null, null, RowStatus.skipped("needs-jdk21"), null);
        ResultRow failed = new ResultRow("process", "jvm-start", Params.parse("cds=on"), "jvm-start", Unit.NONE, 0, null, null, null,
                null, null, null, null, RowStatus.failed("timeout"), null);
        List<String> lines = lines(ladder(PLATFORM, skipped, failed));
        assertTrue(lines.get(0).startsWith("platform thread"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("virtual thread") && l.endsWith("skipped: needs-jdk21")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("new JVM") && l.endsWith("FAILED: timeout")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("new process") && l.endsWith("not in this run")),
                lines.toString());
    }

    @Test
    void shouldPrintNothingWhenNoRungWasInTheRun() {
        assertEquals("", ladder(latency("lifecycle", "op=destroy", "destroy-to-onexit", 200_000)));
    }
}
