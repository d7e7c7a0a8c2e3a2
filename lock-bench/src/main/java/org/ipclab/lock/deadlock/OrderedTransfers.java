package org.ipclab.lock.deadlock;

import java.time.Duration;
import org.ipclab.lock.ThreadGang;

/**
 * {@code scenario=ordered}: the same opposite-direction transfers, but every thread takes the locks in
 * one global order (lower index first), so no cycle can form.
 */
final class OrderedTransfers {
    private static final Duration BOUND = Duration.ofSeconds(30);

    /** Transfers done per second, and the balance drift (must be zero). */
    record Outcome(double transfersPerSecond, long drift) {
    }

    Outcome run(int transfersPerThread) throws Exception {
        Accounts accounts = new Accounts();
        long elapsed = ThreadGang.run("ordered", 2, BOUND, i -> {
            int from = i;
            int to = 1 - i;
            for (int n = 0; n < transfersPerThread; n++) {
                int low = Math.min(from, to);
                int high = Math.max(from, to);
                accounts.locks[low].lock();
                try {
                    accounts.locks[high].lock();
                    try {
                        accounts.move(from, to);
                    } finally {
                        accounts.locks[high].unlock();
                    }
                } finally {
                    accounts.locks[low].unlock();
                }
            }
        });
        return new Outcome(2.0 * transfersPerThread * 1e9 / elapsed, accounts.drift());
    }
}
