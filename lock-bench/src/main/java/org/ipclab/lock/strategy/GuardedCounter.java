package org.ipclab.lock.strategy;

import java.util.function.LongUnaryOperator;

/**
 * A plain counter behind an acquire/release pair: subclasses only say how they lock. The value needs
 * no volatile because every access happens between an acquire and a release.
 */
abstract class GuardedCounter implements CounterStrategy {
    private long value;

    protected abstract void acquire();

    protected abstract void release();

    /** The read side; exclusive unless the lock has a shared mode. */
    protected void acquireRead() {
        acquire();
    }

    protected void releaseRead() {
        release();
    }

    @Override
    public final long increment(int work) {
        acquire();
        try {
            Work.consume(work);
            return value++;
        } finally {
            release();
        }
    }

    @Override
    public final long update(LongUnaryOperator op) {
        acquire();
        try {
            long before = value;
            value = op.applyAsLong(before);
            return before;
        } finally {
            release();
        }
    }

    @Override
    public final long read(ReadTally tally) {
        acquireRead();
        try {
            return value;
        } finally {
            releaseRead();
        }
    }
}
