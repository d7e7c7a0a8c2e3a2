package org.ipclab.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.junit.jupiter.api.Test;

class SummaryCsvTest {
    private static final CaseSpec SPEC = new CaseSpec("queue", "rtt", Params.of("transport", "pipe", "size", 64));

    @Test
    void shouldHaveTheContractColumnsInOrder() {
        assertEquals("module,case,params,metric,unit,count,mean,p50,p90,p99,p999,max,throughput,status",
                SummaryCsv.HEADER);
        assertEquals(14, SummaryCsv.COLUMNS);
    }

    @Test
    void shouldWriteLatencyRowsWithPercentilesAndNoThroughput() {
        Histogram h = new Histogram(3);
        for (int i = 1; i <= 1000; i++) {
            h.recordValue(i * 100L);
        }
        ResultRow row = ResultRow.latency(SPEC, "rtt", h);
        String line = SummaryCsv.format(row);
        assertEquals(14, line.split(",", -1).length);
        ResultRow back = SummaryCsv.parse(line);
        assertEquals(1000, back.count());
        assertEquals(h.getValueAtPercentile(50), back.p50());
        assertNull(back.throughput());
        assertEquals("ok", back.status().toString());
    }

    @Test
    void shouldWriteRatesWithTheirIterationCount() {
        ResultRow row = ResultRow.throughput(SPEC, "one-way", Unit.MSGS_PER_S, List.of(100.0, 200.0, 300.0));
        ResultRow back = SummaryCsv.parse(SummaryCsv.format(row));
        assertEquals(3, back.count());
        assertEquals(200.0, back.throughput());
        assertNull(back.p50());
    }

    @Test
    void shouldKeepStatusReasonsToOnePlainWord() {
        ResultRow row = ResultRow.failed(SPEC, "rtt", "Peer exited (code 137), see log");
        assertEquals("failed:peer-exited-code-137-see-log", row.status().toString());
        assertFalse(SummaryCsv.format(row).contains(" "));
    }

    @Test
    void shouldRefuseARowWithMissingFields() {
        assertThrows(IllegalArgumentException.class, () -> SummaryCsv.parse("queue,rtt,,rtt,ns,1"));
    }

    @Test
    void shouldReadBackEveryRowItWritesInTheSameLine() {
        ResultRow rtt = new ResultRow("queue", "rtt", SPEC.params(), "rtt", Unit.NS, 1000, 1234.5, 1200L, 1300L, 1400L,
                1500L, 1600L, null, RowStatus.OK, null);
        ResultRow failed = ResultRow.failed(SPEC, "rtt", "timeout");
        assertEquals("queue,rtt,size=64;transport=pipe,rtt,ns,1000,1234.5,1200,1300,1400,1500,1600,,ok", SummaryCsv.format(rtt));
        assertEquals("queue,rtt,size=64;transport=pipe,rtt,,0,,,,,,,,failed:timeout", SummaryCsv.format(failed));
        for (ResultRow row : List.of(rtt, failed, ResultRow.throughput(SPEC, "one-way", Unit.MSGS_PER_S, List.of(2.0)))) {
            assertEquals(row.withSamples(List.of()), SummaryCsv.parse(SummaryCsv.format(row)));
        }
    }
}
