package org.ipclab.lock.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LossOutcomesTest {

    @Test
    void shouldGroupLossesByDecadeAndMarkThemByStrategy() {
        List<LossOutcomes.Outcome> racy = LossOutcomes.table(List.of(0L, 7L, 1500L, 2500L), true);
        assertEquals(List.of(new LossOutcomes.Outcome("0", 1, 0.25, "acceptable"),
                new LossOutcomes.Outcome("1-9", 1, 0.25, "interesting"),
                new LossOutcomes.Outcome("1000-9999", 2, 0.5, "interesting")), racy);
        assertEquals("forbidden", LossOutcomes.table(List.of(3L), false).get(0).expect());
    }
}
