package org.ipclab.lock.strategy;

import java.util.concurrent.atomic.AtomicBoolean;

/** {@code tas}: test-and-set spin lock, every attempt a compare-and-set on the shared flag. */
final class TestAndSetSpinCounter extends GuardedCounter {
    private final AtomicBoolean locked = new AtomicBoolean();

    @Override
    protected void acquire() {
        int spins = 1;
        while (!locked.compareAndSet(false, true)) {
            spins = SpinBackoff.pause(spins);
        }
    }

    @Override
    protected void release() {
        locked.set(false);
    }
}
