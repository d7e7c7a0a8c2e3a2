package org.ipclab.lock.summary;

import static org.ipclab.lock.summary.Rows.counted;
import static org.ipclab.lock.summary.Rows.printed;
import static org.ipclab.lock.summary.Rows.rate;
import static org.ipclab.lock.summary.Rows.ratio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.junit.jupiter.api.Test;

class StrategyRankingTest {
    private static final String TWO = "strategy=%s;threads=2;work=0";

    private static String ranking(List<ResultRow> rows) {
        return printed(new StrategyRanking(2)::print, rows);
    }

    private static ResultRow counter(String params, String strategy, double rate) {
        return rate("counter", params.formatted(strategy), rate);
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "'" + part + "' missing or out of order in:\n" + text);
            at = next;
        }
    }

    @Test
    void shouldRankBestThroughputFirstWithNsPerOpAndRatioToTheBest() {
        String text = ranking(List.of(counter(TWO, "synchronized", 20e6), counter(TWO, "atomic", 80e6),
                counter(TWO, "reentrant", 40e6)));
        assertInOrder(text, "2 threads", "1.   atomic", "12.5 ns/op", "best",
                "2.   reentrant", "25.0 ns/op", "2.00×",
                "3.   synchronized", "50.0 ns/op", "4.00×");
    }

    @Test
    void shouldGroupByThreadsThenWorkThenProcesses() {
        String text = ranking(List.of(rate("counter", "processes=2;strategy=shm-cas", 12e6),
                counter("strategy=%s;threads=2;work=100", "cas", 5e6), counter(TWO, "cas", 60e6),
                counter("strategy=%s;threads=1;work=0", "cas", 90e6)));
        assertInOrder(text, "  1 thread\n", "  2 threads\n", "  2 threads, 100 work tokens in the lock", "  2 processes");
    }

    @Test
    void shouldKeepNoneBesideTheRankingNotInIt() {
        String text = ranking(List.of(counter(TWO, "none", 100e6), counter(TWO, "atomic", 80e6),
                counted("counter", TWO.formatted("none"), "lost-updates", 1350, 4050, 3)));
        assertInOrder(text, "1.   atomic", "best", "none (no lock)", "not ranked: no lock");
        assertFalse(text.contains("2.   none"), text);
    }

    @Test
    void shouldListAFailedCaseWithItsStatusInsteadOfARank() {
        String text = ranking(List.of(counter(TWO, "atomic", 80e6),
                counter(TWO, "tas", 9e6).withStatus(RowStatus.failed("lost-updates"))));
        assertInOrder(text, "1.   atomic", "tas", "not ranked: failed:lost-updates");
        assertFalse(text.contains("2.   tas"), text);
    }

    @Test
    void shouldLabelOversubscribedThreadCountsOnly() {
        String text = ranking(List.of(counter(TWO, "atomic", 80e6),
                counter("strategy=%s;threads=8;work=0", "atomic", 70e6)));
        assertEquals(1, text.split("oversubscribed", -1).length - 1, text);
        assertInOrder(text, "  2 threads\n", "  8 threads  [oversubscribed: 8 on 2 CPUs");
    }

    @Test
    void shouldMarkARateWhoseThreadsTookTurnsAndOnlyThatOne() {
        String text = ranking(List.of(counter(TWO, "synchronized", 170e6), counter(TWO, "reentrant", 30e6),
                ratio("counter", TWO.formatted("synchronized"), "handoffs", 1.0 / 700_000),
                ratio("counter", TWO.formatted("reentrant"), "handoffs", 0.2)));
        assertInOrder(text, "1.   synchronized", "best  [in turns: one hand-off per 700,000 increments, not contention]",
                "2.   reentrant", "5.67×");
        assertEquals(1, text.split("in turns", -1).length - 1, text);
    }

    @Test
    void shouldPrintNothingWithoutCounterRows() {
        assertEquals("", ranking(List.of(counted("tickets", "strategy=cas", "oversold", 0, 0, 50))));
    }
}
