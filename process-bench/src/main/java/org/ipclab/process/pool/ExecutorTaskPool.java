package org.ipclab.process.pool;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ipclab.process.VirtualThreads;

/** A thread pool: a fixed set of platform threads, or one new virtual thread per task. */
public final class ExecutorTaskPool implements TaskPool {
    private final ExecutorService executor;

    private ExecutorTaskPool(ExecutorService executor) {
        this.executor = executor;
    }

    public static ExecutorTaskPool fixed(int threads) {
        return new ExecutorTaskPool(Executors.newFixedThreadPool(threads));
    }

    public static ExecutorTaskPool virtual() {
        return new ExecutorTaskPool(VirtualThreads.newPerTaskExecutor());
    }

    @Override
    public CompletableFuture<Long> submit(Work work, long seed) {
        return CompletableFuture.supplyAsync(() -> work.run(seed), executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
