package org.ipclab.lock.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.ipclab.lock.counter.LostUpdateCheck;
import org.junit.jupiter.api.Test;

/** The racy baseline must show its race: a benchmark of locks whose baseline never loses proves nothing. */
class UnguardedCounterTest {
    private static final int MAX_TRIES = 200;

    @Test
    void shouldLoseAnUpdateWithinABoundedNumberOfTries() throws Exception {
        // Work inside the read-write window widens it, so even one CPU switching threads shows the race.
        LostUpdateCheck check = new LostUpdateCheck(Strategies.NONE, 2, 20_000, 20);
        long lost = 0;
        for (int tries = 0; tries < MAX_TRIES && lost == 0; tries++) {
            lost = check.runOnce();
        }
        assertTrue(lost > 0, "none lost nothing in " + MAX_TRIES + " runs of 2 threads");
    }

    /** The check counts what the counter missed: nothing on one thread, nothing under a lock. */
    @Test
    void shouldCountNoLossWhereNoneCanHappen() throws Exception {
        assertEquals(List.of(0L, 0L, 0L), new LostUpdateCheck(Strategies.NONE, 1, 10_000, 0).run(3, Duration.ofMinutes(1)), "one thread can't race");
        assertEquals(List.of(0L, 0L, 0L), new LostUpdateCheck("synchronized", 2, 10_000, 3).run(3, Duration.ofMinutes(1)), "a lock can't lose");
    }

    /**
     * Each unguarded increment writes one more than a value some increment wrote, so two threads of K
     * increments end between 2 and 2K: a count outside means the check, not the race, is wrong.
     */
    @Test
    void shouldLoseNoMoreThanTheRaceCanLose() throws Exception {
        LostUpdateCheck check = new LostUpdateCheck(Strategies.NONE, 2, 10_000, 20);
        assertEquals(20_000, check.expected());
        for (long lost : check.run(5, Duration.ofMinutes(1))) {
            assertTrue(lost >= 0 && lost <= check.expected() - 2, "lost " + lost + " of " + check.expected());
        }
    }

    /** A slow strategy stops repeating at the budget, but the invariant is always checked at least once. */
    @Test
    void shouldRunAtLeastOneRepetitionAndNoMoreOnceTheBudgetIsSpent() throws Exception {
        LostUpdateCheck check = new LostUpdateCheck("synchronized", 2, 1_000, 0);
        assertEquals(List.of(0L), check.run(5, Duration.ZERO));
        assertEquals(5, check.run(5, Duration.ofMinutes(1)).size());
    }

    @Test
    void shouldRejectAnUnknownStrategyNamingTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Strategies.create("spinny"));
        assertTrue(e.getMessage().contains("spinny") && e.getMessage().contains("ttas"), e.getMessage());
    }

    @Test
    void shouldListEveryStrategyOfTheIssue() {
        assertTrue(Strategies.names().containsAll(List.of("none", "synchronized", "reentrant", "reentrant-fair",
                "rwlock", "stamped", "stamped-optimistic", "semaphore", "tas", "ttas", "cas", "atomic", "adder")));
    }
}
