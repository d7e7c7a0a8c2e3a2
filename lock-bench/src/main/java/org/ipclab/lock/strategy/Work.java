package org.ipclab.lock.strategy;

import org.openjdk.jmh.infra.Blackhole;

/** Simulated work: {@code Blackhole.consumeCPU} tokens, a cost the JIT cannot remove or reorder away. */
public final class Work {
    private Work() {
    }

    public static void consume(int tokens) {
        if (tokens > 0) {
            Blackhole.consumeCPU(tokens);
        }
    }
}
