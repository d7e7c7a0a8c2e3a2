package org.ipclab.lock.strategy;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/** {@code rwlock}: ReentrantReadWriteLock, writers exclusive and readers shared. */
final class ReadWriteLockCounter extends GuardedCounter {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @Override
    protected void acquire() {
        lock.writeLock().lock();
    }

    @Override
    protected void release() {
        lock.writeLock().unlock();
    }

    @Override
    protected void acquireRead() {
        lock.readLock().lock();
    }

    @Override
    protected void releaseRead() {
        lock.readLock().unlock();
    }
}
