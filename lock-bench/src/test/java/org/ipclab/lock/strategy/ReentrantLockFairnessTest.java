package org.ipclab.lock.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the fair lock promises over the unfair one, shown the same way for both: a thread waits in the
 * lock's queue while the holder releases and at once asks again. The fair lock serves the waiter
 * first every time; the unfair one lets the releasing thread barge back in ahead of it.
 * (A timed run of two incrementing threads can't show this on a busy small machine: the threads
 * mostly run in turns, so neither lock has a queue to be fair about.)
 */
@Timeout(60)
class ReentrantLockFairnessTest {
    private static final int FAIR_ROUNDS = 20;
    /**
     * The releasing thread barges in most rounds on an idle machine, but a loaded one may deschedule it
     * between release and lock: many rounds make "never once" a real failure, not bad luck.
     */
    private static final int UNFAIR_ROUNDS = 400;

    @Test
    void shouldServeAQueuedThreadBeforeTheReleasingOneOnlyWhenFair() throws Exception {
        int fair = waiterServedFirst("reentrant-fair", FAIR_ROUNDS);
        int unfair = waiterServedFirst("reentrant", UNFAIR_ROUNDS);
        assertEquals(FAIR_ROUNDS, fair, "the fair lock served the waiter first in " + fair + " of " + FAIR_ROUNDS + " rounds");
        assertTrue(unfair < UNFAIR_ROUNDS, "the unfair lock served the waiter first in all " + UNFAIR_ROUNDS
                + " rounds: no barging seen");
    }

    /** Rounds in which the queued thread's increment came before the releasing thread's next one. */
    private static int waiterServedFirst(String strategy, int rounds) throws Exception {
        int served = 0;
        for (int round = 0; round < rounds; round++) {
            GuardedCounter counter = (GuardedCounter) Strategies.create(strategy);
            AtomicLong waiterSaw = new AtomicLong(-1);
            counter.acquire();
            Thread waiter = new Thread(() -> waiterSaw.set(counter.increment(0)), "fairness-waiter");
            try {
                waiter.start();
                // Parked in lock(): it is in the lock's queue.
                while (waiter.getState() != Thread.State.WAITING) {
                    Thread.onSpinWait();
                }
            } finally {
                counter.release();
            }
            long holderSaw = counter.increment(0);
            waiter.join();
            assertEquals(1, Math.abs(holderSaw - waiterSaw.get()), "both increments counted once");
            if (waiterSaw.get() < holderSaw) {
                served++;
            }
        }
        return served;
    }
}
