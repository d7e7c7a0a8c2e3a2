package org.ipclab.lock.deadlock;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Polls {@link ThreadMXBean#findDeadlockedThreads} (which sees ReentrantLocks as well as monitors)
 * until it reports a cycle or the bound passes, and describes the cycle as "thread waits for lock
 * held by thread" links.
 */
final class DeadlockDetector {
    private static final long POLL_NS = 200_000;

    /** A detected cycle: the deadlocked thread ids, one text link per thread, and when it was seen. */
    record Cycle(long[] threadIds, List<String> links, long detectedAtNs) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    Optional<Cycle> await(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            long[] ids = threads.findDeadlockedThreads();
            if (ids != null) {
                long seen = System.nanoTime();
                return Optional.of(new Cycle(ids, describe(ids), seen));
            }
            LockSupport.parkNanos(POLL_NS);
        }
        return Optional.empty();
    }

    private List<String> describe(long[] ids) {
        List<String> links = new ArrayList<>();
        for (ThreadInfo info : threads.getThreadInfo(ids, false, true)) {
            if (info != null) {
                links.add(info.getThreadName() + " waits for " + info.getLockName() + " held by " + info.getLockOwnerName());
            }
        }
        return links;
    }
}
