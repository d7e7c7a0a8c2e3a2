package org.ipclab.lock.strategy;

/**
 * {@code stamped-optimistic}: writers as in {@code stamped}, but readers take no lock at all (an
 * optimistic stamp, validated after the read) and fall back to the read lock when a writer got in
 * between; those fallbacks are tallied as retries.
 */
final class OptimisticStampedCounter extends StampedLockCounter {

    @Override
    public long read(ReadTally tally) {
        long stamp = lock.tryOptimisticRead();
        long seen = value;
        if (lock.validate(stamp)) {
            return seen;
        }
        tally.retries++;
        stamp = lock.readLock();
        try {
            return value;
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
