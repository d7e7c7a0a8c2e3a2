package org.ipclab.lock.deadlock;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.ipclab.lock.ThreadGang;

/**
 * {@code scenario=trylock}: opposite lock order kept, but the second lock is only tried for a short
 * while; on failure the thread releases the first, backs off a random while (so the two don't retry
 * in lockstep) and starts over. Never deadlocks; what it costs is counted as retries and their time.
 */
final class TryLockTransfers {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final long TRY_US = 50;
    private static final long MAX_BACKOFF_NS = 20_000;

    /** Transfers per second, retries, time spent in failed attempts and backoff, and the drift. */
    record Outcome(double transfersPerSecond, long retries, long retryNs, long drift) {
    }

    Outcome run(int transfersPerThread) throws Exception {
        Accounts accounts = new Accounts();
        AtomicLong retries = new AtomicLong();
        AtomicLong retryNs = new AtomicLong();
        long elapsed = ThreadGang.run("trylock", 2, BOUND, i -> {
            int first = i;
            int second = 1 - i;
            for (int n = 0; n < transfersPerThread; n++) {
                long attemptStart = System.nanoTime();
                while (!transferOnce(accounts, first, second)) {
                    retries.incrementAndGet();
                    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(MAX_BACKOFF_NS));
                    long now = System.nanoTime();
                    retryNs.addAndGet(now - attemptStart);
                    attemptStart = now;
                }
            }
        });
        return new Outcome(2.0 * transfersPerThread * 1e9 / elapsed, retries.get(), retryNs.get(), accounts.drift());
    }

    private static boolean transferOnce(Accounts accounts, int first, int second) throws InterruptedException {
        accounts.locks[first].lock();
        try {
            if (!accounts.locks[second].tryLock(TRY_US, TimeUnit.MICROSECONDS)) {
                return false;
            }
            try {
                accounts.move(first, second);
                return true;
            } finally {
                accounts.locks[second].unlock();
            }
        } finally {
            accounts.locks[first].unlock();
        }
    }
}
