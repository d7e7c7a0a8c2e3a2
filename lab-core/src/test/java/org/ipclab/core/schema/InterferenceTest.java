package org.ipclab.core.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InterferenceTest {
    /** A little steal already biases a fork (1-5% stolen: rows 6-31% slower than forks with under 1%). */
    @Test
    void shouldCallAForkDisturbedFromOnePercentStolenOrFifteenPercentUsedByOthers() {
        assertFalse(Interference.of(0.9, 14.9, 0).wasDisturbed());
        assertTrue(Interference.of(1.5, 0, 0).wasDisturbed());
        assertTrue(Interference.of(0, 15.5, 0).wasDisturbed());
        assertTrue(Interference.of(1.5, 0, 0).disturbed(), "the flag run.json keeps says the same");
    }

    /** A run filed when steal counted from 5% is judged by today's rule from the figures it kept. */
    @Test
    void shouldJudgeAnOlderRunsForksByTodaysRuleFromTheirFigures() {
        assertTrue(new Interference(3.0, 0.5, 10L, false).wasDisturbed());
        assertFalse(new Interference(0.4, 2.0, 10L, true).wasDisturbed());
    }

    @Test
    void shouldKeepTheFlagOfAForkWhoseFiguresWereNotKept() {
        assertTrue(new Interference(null, null, null, true).wasDisturbed());
        assertFalse(new Interference(null, null, null, false).wasDisturbed());
        assertFalse(Interference.UNKNOWN.wasDisturbed());
    }
}
