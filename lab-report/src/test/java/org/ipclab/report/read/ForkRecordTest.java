package org.ipclab.report.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord;
import org.junit.jupiter.api.Test;

class ForkRecordTest {
    private static final CaseSpec SPEC = new CaseSpec("queue", "rtt", Params.of("transport", "pipe", "size", 64));

    @Test
    void shouldKeepTheMeasuredMetricsOfAForkAndPassOverRowsWithNothingMeasured() {
        Histogram ns = new Histogram(3);
        ns.recordValue(1_000);
        ns.recordValue(3_000);
        List<ResultRow> rows = List.of(ResultRow.latency(SPEC, "rtt", ns),
                ResultRow.skipped(SPEC, "one-way", "spins-on-one-cpu"),
                ResultRow.failed(SPEC, "fixed-rate", "timeout"));
        RunRecord.ForkEntry fork = new RunRecord.ForkEntry(1, 1, RowStatus.OK, 1.0, null, null, null, rows,
                null, null, null, null, null, null);

        ForkRecord record = ForkRecord.of(List.of(fork)).get(0);

        assertEquals(List.of("rtt"), List.copyOf(record.metrics().keySet()));
        assertEquals(ns.getValueAtPercentile(50), record.metrics().get("rtt").centre());
    }

    @Test
    void shouldNameATwinTheSameWayOnBothSidesOfATwoSidedRunAndNoneForAOneSidedOne() {
        RunRecord.ForkEntry round3 = new RunRecord.ForkEntry(2, 3, RowStatus.OK, 1.0, null, null, null, List.of(),
                null, null, null, null, null, null);

        String onA = ForkRecord.of(List.of(round3), "20261203-1712-vm-quick", "20261203-1712-vm-quick-vs").get(0).twin();
        String onB = ForkRecord.of(List.of(round3), "20261203-1712-vm-quick-vs", "20261203-1712-vm-quick").get(0).twin();

        assertEquals(onA, onB);
        assertEquals("20261203-1712-vm-quick+20261203-1712-vm-quick-vs round 3", onA);
        assertEquals(null, ForkRecord.of(List.of(round3)).get(0).twin());
    }
}
