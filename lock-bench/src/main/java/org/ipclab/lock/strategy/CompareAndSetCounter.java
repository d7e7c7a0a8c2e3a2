package org.ipclab.lock.strategy;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;

/**
 * {@code cas}: no lock, a compare-and-set loop. The work is done between the read and the CAS, so a
 * lost race throws it away and does it again: that repeated work is what contention costs here.
 */
final class CompareAndSetCounter implements CounterStrategy {
    private final AtomicLong value = new AtomicLong();

    @Override
    public long increment(int work) {
        long before;
        do {
            before = value.get();
            Work.consume(work);
        } while (!value.compareAndSet(before, before + 1));
        return before;
    }

    @Override
    public long update(LongUnaryOperator op) {
        long before;
        do {
            before = value.get();
        } while (!value.compareAndSet(before, op.applyAsLong(before)));
        return before;
    }

    @Override
    public long read(ReadTally tally) {
        return value.get();
    }
}
