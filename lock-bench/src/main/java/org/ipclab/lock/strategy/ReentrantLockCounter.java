package org.ipclab.lock.strategy;

import java.util.concurrent.locks.ReentrantLock;

/** {@code reentrant} and {@code reentrant-fair}: ReentrantLock, barging or first-come-first-served. */
final class ReentrantLockCounter extends GuardedCounter {
    private final ReentrantLock lock;

    ReentrantLockCounter(boolean fair) {
        lock = new ReentrantLock(fair);
    }

    @Override
    protected void acquire() {
        lock.lock();
    }

    @Override
    protected void release() {
        lock.unlock();
    }
}
