package org.ipclab.lock.fairness;

/** A deadline every thread polls: cheaper than a timer thread, and it never needs stopping. */
final class TimedRun {
    private final long deadlineNs;

    TimedRun(long millis) {
        this.deadlineNs = System.nanoTime() + millis * 1_000_000;
    }

    boolean running() {
        return System.nanoTime() < deadlineNs;
    }
}
