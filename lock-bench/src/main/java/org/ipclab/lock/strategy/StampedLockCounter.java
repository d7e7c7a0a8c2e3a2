package org.ipclab.lock.strategy;

import java.util.concurrent.locks.StampedLock;
import java.util.function.LongUnaryOperator;

/** {@code stamped}: StampedLock in its pessimistic modes, write lock for writers and read lock for readers. */
class StampedLockCounter implements CounterStrategy {
    final StampedLock lock = new StampedLock();
    long value;

    @Override
    public final long increment(int work) {
        long stamp = lock.writeLock();
        try {
            Work.consume(work);
            return value++;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public final long update(LongUnaryOperator op) {
        long stamp = lock.writeLock();
        try {
            long before = value;
            value = op.applyAsLong(before);
            return before;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public long read(ReadTally tally) {
        long stamp = lock.readLock();
        try {
            return value;
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
