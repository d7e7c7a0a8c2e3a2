package org.ipclab.lock.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.ipclab.lock.ThreadGang;
import org.junit.jupiter.api.Test;

/** What every correct strategy promises; one subclass per strategy runs it. */
abstract class CounterStrategyContract {
    private static final int THREADS = 4;
    private static final int INCREMENTS = 20_000;
    private static final int RUNS = 10;

    abstract String name();

    /**
     * Whether this strategy's increment returns the value it replaced (one total order of updates),
     * stated by the test, not asked of the code under test.
     */
    abstract boolean ordered();

    @Test
    void shouldCountEveryIncrementOnOneThread() {
        CounterStrategy counter = Strategies.create(name());
        for (int i = 0; i < 1000; i++) {
            counter.increment(0);
        }
        assertEquals(1000, counter.value());
    }

    @Test
    void shouldLoseNoUpdateAtSeveralThreadsOverManyRuns() throws Exception {
        for (int run = 0; run < RUNS; run++) {
            CounterStrategy counter = Strategies.create(name());
            ThreadGang.run(name(), THREADS, Duration.ofSeconds(30), i -> {
                for (int k = 0; k < INCREMENTS; k++) {
                    counter.increment(k % 8);
                }
            });
            assertEquals((long) THREADS * INCREMENTS, counter.value(), name() + " lost updates in run " + run);
        }
    }

    @Test
    void shouldReturnTheValueEachIncrementReplaced() {
        CounterStrategy counter = Strategies.create(name());
        for (long i = 0; i < 5; i++) {
            assertEquals(ordered() ? i : CounterStrategy.NO_ORDER, counter.increment(0));
        }
    }

    @Test
    void shouldBeListedWithTheOrderItKeeps() {
        assertEquals(ordered(), Strategies.ordered(name()), "the strategy list says what " + name() + " keeps");
    }

    @Test
    void shouldReadWhatWasWrittenThroughTheReadSide() {
        CounterStrategy counter = Strategies.create(name());
        counter.increment(0);
        counter.increment(3);
        ReadTally tally = new ReadTally();
        assertEquals(2, counter.read(tally));
        assertEquals(0, tally.retries, "no writer ran during the read");
    }
}
