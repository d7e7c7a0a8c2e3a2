package org.ipclab.lock.strategy;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ttas}: test-and-test-and-set spin lock. Waiters read the flag (a shared cache line, no
 * ownership traffic) and only try the compare-and-set once it looks free.
 */
final class TestTestAndSetSpinCounter extends GuardedCounter {
    private final AtomicBoolean locked = new AtomicBoolean();

    @Override
    protected void acquire() {
        int spins = 1;
        while (true) {
            while (locked.get()) {
                spins = SpinBackoff.pause(spins);
            }
            if (locked.compareAndSet(false, true)) {
                return;
            }
        }
    }

    @Override
    protected void release() {
        locked.set(false);
    }
}
