package org.ipclab.lock.strategy;

import java.util.function.LongUnaryOperator;

/**
 * {@code none}: the racy baseline. A volatile read, then a volatile write: each access is atomic and
 * visible, the pair is not, so two threads that read the same value write the same successor and one
 * update is lost. Volatile also keeps the JIT from folding a loop of increments into one add.
 */
final class UnguardedCounter implements CounterStrategy {
    private volatile long value;

    @Override
    public long increment(int work) {
        long before = value;
        Work.consume(work);
        value = before + 1;
        return before;
    }

    @Override
    public long update(LongUnaryOperator op) {
        long before = value;
        value = op.applyAsLong(before);
        return before;
    }

    @Override
    public long read(ReadTally tally) {
        return value;
    }
}
