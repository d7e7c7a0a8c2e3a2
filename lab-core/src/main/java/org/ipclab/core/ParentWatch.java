package org.ipclab.core;

/**
 * Ends this JVM soon after its parent dies, however the parent died (even kill -9), so no peer or
 * case process outlives the run. Polls the parent because a non-child's exit can't be waited on.
 */
public final class ParentWatch {
    private static final long POLL_MS = 200;
    static final int EXIT_PARENT_GONE = 70;

    private ParentWatch() {
    }

    public static void start() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            while (parent.isAlive() && stillChildOf(parent)) {
                try {
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            // halt, not exit: shutdown hooks could block on the very resources the parent was driving.
            Runtime.getRuntime().halt(EXIT_PARENT_GONE);
        }, "ipclab-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * A dead parent that nobody has reaped yet (a zombie) still looks alive by its pid, but this process
     * is re-parented the moment it dies: a changed parent pid is the earlier and surer sign.
     */
    private static boolean stillChildOf(ProcessHandle parent) {
        return ProcessHandle.current().parent().map(p -> p.pid() == parent.pid()).orElse(false);
    }
}
