package org.ipclab.process.lifecycle;

import java.util.concurrent.TimeUnit;

/**
 * One process control, timed against a living {@code /bin/sleep}. Each returns the nanoseconds of
 * one sample and checks the answer it got (alive really alive, a timed wait really timed out, a
 * signalled process really ended by that signal).
 */
public enum LifecycleOp {
    /** isAlive() on a running child: timed over a batch because one call is near the clock's cost. */
    IS_ALIVE("is-alive", "is-alive", false),
    /** waitFor(1 ms) on a running child: the timeout plus how late the wait comes back. */
    WAIT_TIMEOUT("wait-timeout", "wait-1ms-timeout", false),
    /** destroy() (SIGTERM) until onExit() completes. */
    DESTROY("destroy", "destroy-to-onexit", true),
    /** destroyForcibly() (SIGKILL) until onExit() completes. */
    DESTROY_FORCIBLY("destroy-forcibly", "kill-to-onexit", true);

    static final int IS_ALIVE_BATCH = 100;
    private static final int SIGTERM_EXIT = 128 + 15;
    private static final int SIGKILL_EXIT = 128 + 9;

    private final String param;
    private final String metric;
    private final boolean endsChild;

    LifecycleOp(String param, String metric, boolean endsChild) {
        this.param = param;
        this.metric = metric;
        this.endsChild = endsChild;
    }

    public String param() {
        return param;
    }

    public String metric() {
        return metric;
    }

    /** True when each sample ends the child, so every sample needs a fresh one. */
    public boolean endsChild() {
        return endsChild;
    }

    /** Runs one sample on {@code child}; returns its ns, or throws when the answer was wrong. */
    long sample(Process child) throws Exception {
        long start = System.nanoTime();
        switch (this) {
            case IS_ALIVE -> {
                boolean alive = true;
                for (int i = 0; i < IS_ALIVE_BATCH; i++) {
                    alive &= child.isAlive();
                }
                long perCall = (System.nanoTime() - start) / IS_ALIVE_BATCH;
                check(alive, "isAlive() said a running child was dead");
                return perCall;
            }
            case WAIT_TIMEOUT -> {
                boolean exited = child.waitFor(1, TimeUnit.MILLISECONDS);
                long elapsed = System.nanoTime() - start;
                check(!exited, "waitFor(1 ms) returned true for a running child");
                return elapsed;
            }
            case DESTROY -> {
                child.destroy();
                int code = child.onExit().get().exitValue();
                long elapsed = System.nanoTime() - start;
                check(code == SIGTERM_EXIT, "destroy() ended the child with " + code);
                return elapsed;
            }
            default -> {
                child.destroyForcibly();
                int code = child.onExit().get().exitValue();
                long elapsed = System.nanoTime() - start;
                check(code == SIGKILL_EXIT, "destroyForcibly() ended the child with " + code);
                return elapsed;
            }
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
