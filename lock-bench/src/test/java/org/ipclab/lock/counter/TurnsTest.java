package org.ipclab.lock.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ipclab.lock.strategy.CounterStrategy;
import org.ipclab.lock.strategy.Strategies;
import org.junit.jupiter.api.Test;

/** The hand-off tally: an increment counts as a hand-off only when another thread's came in between. */
class TurnsTest {

    @Test
    void shouldCountAHandoffOnlyWhenAnotherIncrementCameBetween() {
        CounterBenchmark.Turns turns = new CounterBenchmark.Turns();
        turns.clear();
        for (long before : new long[] {7, 8, 9, 12, 13, 15}) {
            turns.saw(before);
        }
        assertEquals(6, turns.increments());
        assertEquals(2, turns.handoffs(), "9 -> 12 and 13 -> 15 had other increments between them");
        assertEquals(36, turns.incrementsSquared());
    }

    @Test
    void shouldStartEachIterationWithoutAHandoff() {
        CounterBenchmark.Turns turns = new CounterBenchmark.Turns();
        turns.clear();
        turns.saw(3);
        turns.clear();
        turns.saw(100);
        assertEquals(0, turns.handoffs(), "the first increment of an iteration has no previous one to compare");
    }

    @Test
    void shouldSeeNoHandoffFromOneThreadAlone() {
        CounterStrategy counter = Strategies.create("synchronized");
        CounterBenchmark.Turns turns = new CounterBenchmark.Turns();
        turns.clear();
        for (int i = 0; i < 1000; i++) {
            turns.saw(counter.increment(0));
        }
        assertEquals(0, turns.handoffs());
        assertEquals(1000, turns.increments());
    }
}
