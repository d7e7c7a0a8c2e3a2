package org.ipclab.process.future;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** Three common ways to hand a task to another thread and get its result back. */
public enum FutureKind {
    /** submit(Callable) on a fixed pool, then Future.get(). */
    EXECUTOR("executor"),
    /** CompletableFuture.supplyAsync on the common pool, then join(). */
    COMPLETABLE("completable"),
    /** A new Thread subclass that stores its result in a field, read after join(). */
    THREAD_RESULT("thread-result");

    private final String param;

    FutureKind(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** Runs {@code input -> answer(input)} the kind's way and returns what came back. */
    long call(ExecutorService pool, long input) throws Exception {
        return switch (this) {
            case EXECUTOR -> pool.submit(() -> answer(input)).get();
            case COMPLETABLE -> CompletableFuture.supplyAsync(() -> answer(input)).join();
            case THREAD_RESULT -> {
                ResultThread thread = new ResultThread(input);
                thread.start();
                thread.join();
                yield thread.result;
            }
        };
    }

    /** The task: cheap, but its answer depends on the input, so a lost or stale result shows. */
    static long answer(long input) {
        return input * 31 + 7;
    }

    /** The pre-executor idiom: a thread that keeps its own result (join makes it visible). */
    private static final class ResultThread extends Thread {
        private final long input;
        private long result;

        ResultThread(long input) {
            this.input = input;
        }

        @Override
        public void run() {
            result = answer(input);
        }
    }
}
