package org.ipclab.lock.deadlock;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code scenario=unordered}: two threads take the two locks in opposite order, each holding its first
 * lock until the other holds its own, so the deadlock is certain. The detector finds the cycle; the
 * threads are then interrupted (they wait with lockInterruptibly, so they back out and release) and
 * joined within a bound. A thread that would not back out is abandoned as a daemon and reported.
 *
 * <pre>
 *   deadlock-0: lock A ──▶ barrier ──▶ lock B (waits for deadlock-1)
 *   deadlock-1: lock B ──▶ barrier ──▶ lock A (waits for deadlock-0)
 * </pre>
 */
final class UnorderedDeadlock {
    private static final Duration DETECT_BOUND = Duration.ofSeconds(10);
    private static final Duration RECOVER_BOUND = Duration.ofSeconds(5);

    /** One deadlock: detect is ns from both first locks being held to detection; empty cycle if never seen. */
    record Outcome(Optional<DeadlockDetector.Cycle> cycle, long detectNs, boolean recovered) {
    }

    Outcome provoke() throws InterruptedException {
        Accounts accounts = new Accounts();
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        AtomicLong formedAt = new AtomicLong(Long.MAX_VALUE);
        Thread[] pair = {
            transfer(accounts, 0, 1, bothHoldOne, formedAt),
            transfer(accounts, 1, 0, bothHoldOne, formedAt),
        };
        for (Thread t : pair) {
            t.start();
        }
        Optional<DeadlockDetector.Cycle> cycle = new DeadlockDetector().await(DETECT_BOUND);
        for (Thread t : pair) {
            t.interrupt();
        }
        long deadline = System.nanoTime() + RECOVER_BOUND.toNanos();
        for (Thread t : pair) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        boolean recovered = List.of(pair).stream().noneMatch(Thread::isAlive) && free(accounts);
        long detectNs = cycle.map(c -> c.detectedAtNs() - formedAt.get()).orElse(-1L);
        return new Outcome(cycle, detectNs, recovered);
    }

    private static Thread transfer(Accounts accounts, int first, int second, CyclicBarrier bothHoldOne,
                                   AtomicLong formedAt) {
        Thread t = new Thread(() -> {
            try {
                accounts.locks[first].lockInterruptibly();
                try {
                    bothHoldOne.await(DETECT_BOUND.toMillis(), TimeUnit.MILLISECONDS);
                    formedAt.accumulateAndGet(System.nanoTime(), Math::min);
                    accounts.locks[second].lockInterruptibly();
                    try {
                        accounts.move(first, second);
                    } finally {
                        accounts.locks[second].unlock();
                    }
                } finally {
                    accounts.locks[first].unlock();
                }
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                // Backing out is the recovery: the finally blocks above released what was held.
            }
        }, "deadlock-" + first);
        t.setDaemon(true);
        return t;
    }

    private static boolean free(Accounts accounts) {
        return !accounts.locks[0].isLocked() && !accounts.locks[1].isLocked();
    }
}
