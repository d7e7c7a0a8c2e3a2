package org.ipclab.process.pool;

import org.ipclab.core.PeerLauncher;
import org.ipclab.process.VirtualThreads;

/** Where a pool's tasks run: pooled platform threads, a virtual thread each, pooled JVMs, or a new JVM each. */
public enum PoolKind {
    THREAD("thread"), VIRTUAL("virtual"), PROCESS("process"), PROCESS_PER_TASK("process-per-task");

    private final String param;

    PoolKind(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** Virtual threads are made per task and unbounded, so a size means nothing for them. */
    public boolean sized() {
        return this != VIRTUAL;
    }

    public boolean available() {
        return this != VIRTUAL || VirtualThreads.available();
    }

    public TaskPool open(int size, PeerLauncher launcher) throws Exception {
        return switch (this) {
            case THREAD -> ExecutorTaskPool.fixed(size);
            case VIRTUAL -> ExecutorTaskPool.virtual();
            case PROCESS -> new ProcessTaskPool(launcher, size);
            case PROCESS_PER_TASK -> new ProcessPerTaskPool(launcher, size);
        };
    }
}
