package org.ipclab.process;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;

/**
 * Virtual threads reached through method handles: the module compiles for Java 17, where they do
 * not exist, and runs them when the JVM is 21 or newer.
 */
public final class VirtualThreads {
    public static final String NEEDS = "needs-jdk21";
    private static final MethodHandle START = find("java.lang.Thread", "startVirtualThread",
            MethodType.methodType(Thread.class, Runnable.class));
    private static final MethodHandle PER_TASK = find("java.util.concurrent.Executors",
            "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class));

    private VirtualThreads() {
    }

    private static MethodHandle find(String owner, String name, MethodType type) {
        // 19 and 20 have the methods as a preview that throws without --enable-preview: count them out.
        if (Runtime.version().feature() < 21) {
            return null;
        }
        try {
            return MethodHandles.publicLookup().findStatic(Class.forName(owner), name, type);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    public static boolean available() {
        return START != null && PER_TASK != null;
    }

    /** Starts a virtual thread running {@code task}. */
    public static Thread start(Runnable task) {
        try {
            return (Thread) START.invokeExact(task);
        } catch (Throwable t) {
            throw unavailable(t);
        }
    }

    /** An executor that starts one virtual thread per task. */
    public static ExecutorService newPerTaskExecutor() {
        try {
            return (ExecutorService) PER_TASK.invokeExact();
        } catch (Throwable t) {
            throw unavailable(t);
        }
    }

    private static RuntimeException unavailable(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
