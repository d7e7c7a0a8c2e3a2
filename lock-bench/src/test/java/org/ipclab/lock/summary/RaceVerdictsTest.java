package org.ipclab.lock.summary;

import static org.ipclab.lock.summary.Rows.counted;
import static org.ipclab.lock.summary.Rows.printed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ipclab.core.ResultRow;
import org.junit.jupiter.api.Test;

class RaceVerdictsTest {

    private static String verdicts(ResultRow... rows) {
        return printed(RaceVerdicts::print, List.of(rows));
    }

    private static ResultRow lost(String strategy, int threads, double mean, long max) {
        return counted("counter", "strategy=" + strategy + ";threads=" + threads + ";work=0", "lost-updates", mean, max, 3);
    }

    private static ResultRow oversold(String strategy, double mean, long max) {
        return counted("tickets", "buyers=11;strategy=" + strategy + ";tickets=10", "oversold", mean, max, 50);
    }

    @Test
    void shouldSayWhatNoneLostOutOfHowManyUpdates() {
        String text = verdicts(lost("none", 2, 1350, 4050), lost("synchronized", 2, 0, 0));
        assertTrue(text.contains("none (no lock) lost on average 1,350 of 200,000 updates at 2 threads"
                + " (worst 4,050 over 3 runs): a race, not a result"), text);
    }

    @Test
    void shouldCountTheLockedCountersThatKeptTheirCount() {
        String text = verdicts(lost("synchronized", 2, 0, 0), lost("atomic", 8, 0, 0));
        assertTrue(text.contains("no lost update in 2 cases"), text);
        assertFalse(text.contains("LOST"), text);
    }

    @Test
    void shouldCallALockThatLostUpdatesBroken() {
        String text = verdicts(lost("reentrant", 4, 2, 5));
        assertTrue(text.contains("reentrant LOST on average 2.0 updates at 4 threads (worst 5 over 3 runs):"
                + " the lock is broken"), text);
        assertFalse(text.contains("kept its count"), text);
    }

    @Test
    void shouldSayWhenTheRaceDidNotShow() {
        assertTrue(verdicts(lost("none", 2, 0, 0)).contains("the race did not show this time"));
    }

    @Test
    void shouldSayOversoldTicketsInWords() {
        String text = verdicts(oversold("none", 1.3, 4), oversold("synchronized", 0, 0), oversold("cas", 0, 0));
        assertTrue(text.contains("tickets: none (no lock) oversold on average 1.3 tickets per sale"
                + " (worst 4 over 50 sales of 10 tickets to 11 buyers): a race, not a result"), text);
        assertTrue(text.contains("tickets: never oversold under synchronized, cas (50 sales each)"), text);
    }

    @Test
    void shouldCallALockThatOversoldBroken() {
        assertTrue(verdicts(oversold("semaphore", 0.1, 1)).contains("tickets: semaphore OVERSOLD on average 0.1"));
    }
}
