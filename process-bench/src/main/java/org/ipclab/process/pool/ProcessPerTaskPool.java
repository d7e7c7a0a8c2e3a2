package org.ipclab.process.pool;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.PeerLauncher;

/**
 * A new worker JVM for every task, at most {@code size} at a time. The task's result is handed
 * over as soon as the worker answers; the worker's exit is waited for afterwards, so it counts
 * in the batch time but not in the task's latency.
 */
public final class ProcessPerTaskPool implements TaskPool {
    private final PeerLauncher launcher;
    private final ExecutorService launchers;
    private final List<Long> startedPids = new CopyOnWriteArrayList<>();

    public ProcessPerTaskPool(PeerLauncher launcher, int size) {
        this.launcher = launcher;
        this.launchers = Executors.newFixedThreadPool(size);
    }

    @Override
    public CompletableFuture<Long> submit(Work work, long seed) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        launchers.execute(() -> {
            try (ProcessWorker worker = ProcessWorker.start(launcher)) {
                startedPids.add(worker.pid());
                result.complete(worker.call(work, seed));
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    @Override
    public List<Long> startedPids() {
        return List.copyOf(startedPids);
    }

    @Override
    public void close() {
        // Let running tasks close their workers (close waits for the exit); interrupt only stragglers,
        // whose launch or call then still ends in the worker's close, never in a leak.
        launchers.shutdown();
        try {
            if (!launchers.awaitTermination(30, TimeUnit.SECONDS)) {
                launchers.shutdownNow();
                launchers.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            launchers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
