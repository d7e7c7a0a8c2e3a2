package org.ipclab.lock.strategy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void shouldNeverGainUpdates() throws Exception {
        LostUpdateCheck check = new LostUpdateCheck(Strategies.NONE, 2, 10_000, 0);
        assertTrue(check.run(5).stream().allMatch(l -> l >= 0), "a lost update can't create increments");
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
