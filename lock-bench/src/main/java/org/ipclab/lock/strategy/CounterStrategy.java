package org.ipclab.lock.strategy;

import java.util.function.LongUnaryOperator;

/**
 * One way to guard a shared counter: every {@code strategy=} value is one implementation. The counter
 * is the shared state; {@link #increment} is the benchmarked hot path and {@link #update} the general
 * read-modify-write the ticket office needs.
 */
public interface CounterStrategy {

    /** Returned by {@link #increment} where the adds have no single order to read a value from. */
    long NO_ORDER = -1;

    /**
     * Adds one, spending {@code work} {@code Blackhole.consumeCPU} tokens inside the critical section;
     * returns the value it replaced, read inside the critical section ({@link #NO_ORDER} for {@code adder}).
     */
    long increment(int work);

    /** Replaces the value with {@code op(value)} as one critical section; returns the value before. */
    long update(LongUnaryOperator op);

    /** Reads the value through the strategy's read side; optimistic reads that had to retry are tallied. */
    long read(ReadTally tally);

    /** The value once every writer has been joined. */
    default long value() {
        return read(new ReadTally());
    }
}
