package org.ipclab.lock.strategy;

/**
 * Bounded exponential backoff for the spin locks: spin 1, 2, 4 ... {@value #MAX_SPINS} times with
 * {@link Thread#onSpinWait}, then yield. The yield matters on a small machine: a spinner that never
 * gives up its CPU can starve the very thread that holds the lock.
 */
final class SpinBackoff {
    static final int MAX_SPINS = 64;

    private SpinBackoff() {
    }

    /** Pauses once; returns the spin count for the next pause. */
    static int pause(int spins) {
        if (spins >= MAX_SPINS) {
            Thread.yield();
            return spins;
        }
        for (int i = 0; i < spins; i++) {
            Thread.onSpinWait();
        }
        return spins << 1;
    }
}
