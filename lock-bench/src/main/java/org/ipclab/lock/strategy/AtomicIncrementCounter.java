package org.ipclab.lock.strategy;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;

/**
 * {@code atomic}: AtomicLong.getAndIncrement, one lock-prefixed add. It has no critical section to
 * put work in, so the work runs just before the add.
 */
final class AtomicIncrementCounter implements CounterStrategy {
    private final AtomicLong value = new AtomicLong();

    @Override
    public long increment(int work) {
        Work.consume(work);
        return value.getAndIncrement();
    }

    @Override
    public long update(LongUnaryOperator op) {
        return value.getAndUpdate(op);
    }

    @Override
    public long read(ReadTally tally) {
        return value.get();
    }
}
