package org.ipclab.lock.strategy;

import java.util.concurrent.Semaphore;

/** {@code semaphore}: a Semaphore with one permit used as a (non-reentrant, ownerless) mutex. */
final class SemaphoreCounter extends GuardedCounter {
    private final Semaphore permit = new Semaphore(1);

    @Override
    protected void acquire() {
        permit.acquireUninterruptibly();
    }

    @Override
    protected void release() {
        permit.release();
    }
}
