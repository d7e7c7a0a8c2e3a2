package org.ipclab.lock.deadlock;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Two accounts, each behind its own lock: a transfer needs both. The total never changes, which is
 * the invariant every scenario checks after it ran.
 */
final class Accounts {
    static final long OPENING = 1_000_000;

    final ReentrantLock[] locks = {new ReentrantLock(), new ReentrantLock()};
    final long[] balances = {OPENING, OPENING};

    /** Moves one unit; the caller holds both locks. */
    void move(int from, int to) {
        balances[from]--;
        balances[to]++;
    }

    /** How far the total has drifted from what was opened; read after the threads are joined. */
    long drift() {
        return balances[0] + balances[1] - 2 * OPENING;
    }
}
