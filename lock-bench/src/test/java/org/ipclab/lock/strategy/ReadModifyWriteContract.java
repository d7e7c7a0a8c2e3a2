package org.ipclab.lock.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.ipclab.lock.ThreadGang;
import org.ipclab.lock.tickets.TicketOffice;
import org.junit.jupiter.api.Test;

/** The general read-modify-write, for every strategy that has one (all but the adder). */
abstract class ReadModifyWriteContract extends CounterStrategyContract {

    /** A strategy that can run any update under its guard can also say what each increment replaced. */
    @Override
    boolean ordered() {
        return true;
    }

    @Test
    void shouldReturnTheValueBeforeTheUpdate() {
        CounterStrategy counter = Strategies.create(name());
        assertEquals(0, counter.update(v -> v + 5));
        assertEquals(5, counter.update(v -> v * 3));
        assertEquals(15, counter.value());
    }

    @Test
    void shouldApplyConcurrentUpdatesOneAtATime() throws Exception {
        CounterStrategy counter = Strategies.create(name());
        ThreadGang.run(name(), 3, Duration.ofSeconds(30), i -> {
            for (int k = 0; k < 10_000; k++) {
                counter.update(v -> v + 2);
            }
        });
        assertEquals(60_000, counter.value());
    }

    @Test
    void shouldNeverOversellTheTicketOffice() throws Exception {
        TicketOffice office = new TicketOffice(name(), 10, 11);
        for (int run = 0; run < 5; run++) {
            assertEquals(0, office.sell().oversold(), name() + " oversold in run " + run);
        }
    }
}
