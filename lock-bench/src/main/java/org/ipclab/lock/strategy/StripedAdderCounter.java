package org.ipclab.lock.strategy;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongUnaryOperator;

/**
 * {@code adder}: LongAdder, contended adds spread over per-thread cells and summed on read. Cheap to
 * write, but it cannot do a read-modify-write, so it can only count.
 */
final class StripedAdderCounter implements CounterStrategy {
    private final LongAdder value = new LongAdder();

    @Override
    public long increment(int work) {
        Work.consume(work);
        value.increment();
        return NO_ORDER;
    }

    @Override
    public long update(LongUnaryOperator op) {
        throw new UnsupportedOperationException("adder only adds: it has no read-modify-write");
    }

    @Override
    public long read(ReadTally tally) {
        return value.sum();
    }
}
