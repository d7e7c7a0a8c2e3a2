package org.ipclab.process.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipclab.core.PeerLauncher;

/**
 * A pool of pre-started worker JVMs fed over pipes. One dispatcher thread per worker takes tasks
 * from a shared queue, so a slow worker never holds up the others. A worker that dies mid-task fails
 * that task (the future completes with {@link ProcessWorker.WorkerFailedException}) and is replaced.
 *
 * <pre>
 *   submit ──▶ queue ──▶ dispatcher 1 ──pipe──▶ worker JVM 1
 *                   └──▶ dispatcher N ──pipe──▶ worker JVM N
 * </pre>
 */
public final class ProcessTaskPool implements TaskPool {
    private record Job(Work work, long seed, CompletableFuture<Long> result) {
    }

    private static final Job STOP = new Job(Work.NONE, 0, null);

    private final PeerLauncher launcher;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final List<Thread> dispatchers = new ArrayList<>();
    private final List<ProcessWorker> live = new CopyOnWriteArrayList<>();
    private final List<Long> startedPids = new CopyOnWriteArrayList<>();
    private final AtomicInteger replaced = new AtomicInteger();

    /** Starts {@code size} workers (each has answered its handshake when this returns). */
    public ProcessTaskPool(PeerLauncher launcher, int size) throws Exception {
        this.launcher = launcher;
        try {
            for (int i = 0; i < size; i++) {
                ProcessWorker worker = startWorker();
                Thread dispatcher = new Thread(() -> dispatch(worker), "pool-dispatcher-" + i);
                dispatcher.setDaemon(true);
                dispatchers.add(dispatcher);
            }
        } catch (Exception e) {
            close();
            throw e;
        }
        dispatchers.forEach(Thread::start);
    }

    private ProcessWorker startWorker() throws Exception {
        ProcessWorker worker = ProcessWorker.start(launcher);
        live.add(worker);
        startedPids.add(worker.pid());
        return worker;
    }

    @Override
    public CompletableFuture<Long> submit(Work work, long seed) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        jobs.add(new Job(work, seed, result));
        return result;
    }

    private void dispatch(ProcessWorker first) {
        ProcessWorker worker = first;
        try {
            for (Job job = jobs.take(); job != STOP; job = jobs.take()) {
                try {
                    if (worker == null) {
                        worker = startWorker();
                        replaced.incrementAndGet();
                    }
                    job.result().complete(worker.call(job.work(), job.seed()));
                } catch (ProcessWorker.WorkerFailedException e) {
                    job.result().completeExceptionally(e);
                    retire(worker);
                    worker = null; // replaced before the next task, so a batch keeps its pool size
                } catch (Exception e) {
                    job.result().completeExceptionally(e); // the replacement itself failed to start
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            retire(worker);
        }
    }

    private void retire(ProcessWorker worker) {
        if (worker != null) {
            live.remove(worker);
            worker.close();
        }
    }

    @Override
    public List<Long> startedPids() {
        return List.copyOf(startedPids);
    }

    @Override
    public int replacedWorkers() {
        return replaced.get();
    }

    /** Pids of the workers running now. */
    public List<Long> livePids() {
        return live.stream().map(ProcessWorker::pid).toList();
    }

    @Override
    public void close() {
        dispatchers.forEach(d -> jobs.add(STOP));
        for (Thread dispatcher : dispatchers) {
            try {
                dispatcher.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // A dispatcher stuck in a long task, or never started, still leaves its worker here.
        live.forEach(ProcessWorker::close);
        live.clear();
        jobs.forEach(job -> {
            if (job.result() != null) {
                job.result().completeExceptionally(new IllegalStateException("pool closed"));
            }
        });
    }
}
