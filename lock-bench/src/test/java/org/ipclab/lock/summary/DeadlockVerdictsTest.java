package org.ipclab.lock.summary;

import static org.ipclab.lock.summary.Rows.counted;
import static org.ipclab.lock.summary.Rows.failed;
import static org.ipclab.lock.summary.Rows.latency;
import static org.ipclab.lock.summary.Rows.printed;
import static org.ipclab.lock.summary.Rows.rate;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.junit.jupiter.api.Test;

class DeadlockVerdictsTest {
    private static final String UNORDERED = "scenario=unordered;threads=2";
    private static final String ORDERED = "scenario=ordered;threads=2";
    private static final String TRYLOCK = "scenario=trylock;threads=2";

    private static String verdicts(ResultRow... rows) {
        return printed(DeadlockVerdicts::print, List.of(rows));
    }

    @Test
    void shouldSayTheDeadlockWasDetectedHowFastAndRecovered() {
        String text = verdicts(latency("deadlock", UNORDERED, "detect", 266_495, 11_706_367, 3));
        assertTrue(text.contains("deadlocked, detected in 266.5 µs (median; worst 11.7 ms) in all 3 runs,"
                + " and recovered every time"), text);
    }

    @Test
    void shouldSayWhenTheDeadlockWasNotRecovered() {
        String text = verdicts(latency("deadlock", UNORDERED, "detect", 300_000, 900_000, 3)
                .withStatus(RowStatus.failed("not-recovered")));
        assertTrue(text.contains("but NOT recovered (failed:not-recovered)"), text);
    }

    @Test
    void shouldSayWhenThereWasNoDetection() {
        String text = verdicts(failed("deadlock", UNORDERED, "detect", "failed:not-detected"));
        assertTrue(text.contains("unordered (two threads take two locks in opposite order): FAILED: not-detected"),
                text);
    }

    @Test
    void shouldSayTheOrderedAndTryLockScenariosFinishedWithTheirRetries() {
        String text = verdicts(rate("deadlock", ORDERED, 2.5e6), counted("deadlock", ORDERED, "balance-drift", 0, 0, 10),
                rate("deadlock", TRYLOCK, 1.1e6), counted("deadlock", TRYLOCK, "balance-drift", 0, 0, 10),
                counted("deadlock", TRYLOCK, "retries", 1234, 2000, 10));
        assertTrue(text.contains("ordered (one global lock order): finished all 4 runs, no deadlock, balances intact;"
                + " transfers at 2.50 Mops/s"), text);
        assertTrue(text.contains("finished all 4 runs with 1,234 retries per run (worst 2,000), no deadlock"), text);
    }

    @Test
    void shouldSayWhenBalancesDrifted() {
        String text = verdicts(rate("deadlock", ORDERED, 2.5e6).withStatus(RowStatus.failed("balance-drift")),
                counted("deadlock", ORDERED, "balance-drift", 3, 7, 10).withStatus(RowStatus.failed("balance-drift")));
        assertTrue(text.contains("ordered (one global lock order): FAILED: balance-drift"), text);
    }
}
