package org.ipclab.process.pool;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Something that runs {@link Work} for a seed and hands back the answer: a thread pool or a process pool. */
public interface TaskPool extends AutoCloseable {

    CompletableFuture<Long> submit(Work work, long seed);

    /** Every worker process this pool ever started (none for thread pools), so tests can check they are gone. */
    default List<Long> startedPids() {
        return List.of();
    }

    /** Workers started to replace ones that died. */
    default int replacedWorkers() {
        return 0;
    }

    /** Stops every worker; no thread or process of the pool survives it. */
    @Override
    void close();
}
