package org.ipclab.lock.summary;

import java.util.Comparator;
import org.ipclab.core.Params;

/**
 * How hard a counter case contends: its thread count (or process count, across JVMs) and the work
 * tokens spent inside the critical section. The ranking's groups, in reading order.
 */
record Contention(boolean processes, int count, int work) implements Comparable<Contention> {
    private static final Comparator<Contention> ORDER = Comparator.comparing(Contention::processes)
            .thenComparingInt(Contention::count).thenComparingInt(Contention::work);

    static Contention of(Params params) {
        boolean processes = params.asMap().containsKey("processes");
        int count = Integer.parseInt(params.get(processes ? "processes" : "threads"));
        return new Contention(processes, count, Integer.parseInt(params.get("work", "0")));
    }

    /**
     * E.g. {@code 1 thread}, {@code 2 threads, 100 work tokens in the lock} or
     * {@code 2 processes sharing a mapped file}.
     */
    String label() {
        String who = count + (processes ? " process" + (count == 1 ? "" : "es") + " sharing a mapped file"
                : " thread" + (count == 1 ? "" : "s"));
        return work == 0 ? who : who + ", " + work + " work tokens in the lock";
    }

    /** More runnable threads than CPUs: the scheduler, not the lock, sets part of the numbers. */
    boolean oversubscribed(int cpus) {
        return count > cpus;
    }

    @Override
    public int compareTo(Contention other) {
        return ORDER.compare(this, other);
    }
}
