package org.ipclab.lock.shared;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * One process's part of a round: wait until every process has arrived, then increment the shared
 * counter K times under the cross-process lock. The same code runs in the case JVM and in each peer.
 */
public final class SharedCounterRound {
    private static final long ARRIVAL_BOUND_NS = 30_000_000_000L;

    private SharedCounterRound() {
    }

    /** Returns this process's time for its K increments, ns. */
    public static long run(SharedCounterFile file, ProcessLock lock, int processes, int increments)
            throws IOException, TimeoutException {
        file.arrive();
        long deadline = System.nanoTime() + ARRIVAL_BOUND_NS;
        while (file.arrivals() < processes) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("only " + file.arrivals() + " of " + processes + " processes arrived");
            }
            Thread.onSpinWait();
        }
        long start = System.nanoTime();
        for (int k = 0; k < increments; k++) {
            lock.lock();
            try {
                file.counter(file.counter() + 1);
            } finally {
                lock.unlock();
            }
        }
        return System.nanoTime() - start;
    }
}
