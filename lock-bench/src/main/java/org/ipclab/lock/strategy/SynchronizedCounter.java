package org.ipclab.lock.strategy;

import java.util.function.LongUnaryOperator;

/** {@code synchronized}: the object monitor (thin lock, inflated to a parked monitor under contention). */
final class SynchronizedCounter implements CounterStrategy {
    private long value;

    @Override
    public synchronized long increment(int work) {
        Work.consume(work);
        return value++;
    }

    @Override
    public synchronized long update(LongUnaryOperator op) {
        long before = value;
        value = op.applyAsLong(before);
        return before;
    }

    @Override
    public synchronized long read(ReadTally tally) {
        return value;
    }
}
