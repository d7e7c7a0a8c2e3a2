package org.ipclab.lock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs N threads that start together (one latch, so they really contend) and joins them within a
 * bound. A thread still running at the deadline is interrupted and abandoned (daemon), never waited
 * on forever: a case that hangs becomes a {@link TimeoutException}.
 */
public final class ThreadGang {

    /** The body one thread runs; {@code index} is 0..threads-1. */
    @FunctionalInterface
    public interface Body {
        void run(int index) throws Exception;
    }

    private ThreadGang() {
    }

    /** Runs {@code body} on {@code threads} threads; returns the wall time from the start signal, in ns. */
    public static long run(String name, int threads, Duration bound, Body body) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> gang = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    body.run(index);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, name + "-" + i);
            t.setDaemon(true);
            gang.add(t);
            t.start();
        }
        long begin = System.nanoTime();
        start.countDown();
        long deadline = begin + bound.toNanos();
        for (Thread t : gang) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        long elapsed = System.nanoTime() - begin;
        if (gang.stream().anyMatch(Thread::isAlive)) {
            gang.forEach(Thread::interrupt);
            throw new TimeoutException(name + ": threads still running after " + bound.toSeconds() + " s");
        }
        if (failure.get() instanceof Exception e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(name + " thread failed", failure.get());
        }
        return elapsed;
    }
}
