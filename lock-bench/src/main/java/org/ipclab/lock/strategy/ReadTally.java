package org.ipclab.lock.strategy;

/** Per-thread count of optimistic reads that found a concurrent write and had to read again. */
public final class ReadTally {
    public long retries;
}
