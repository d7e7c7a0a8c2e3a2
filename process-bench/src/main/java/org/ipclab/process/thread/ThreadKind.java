package org.ipclab.process.thread;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ipclab.process.VirtualThreads;

/** How a thread is made: an OS (platform) thread, or a virtual thread mounted on a carrier. */
public enum ThreadKind {
    PLATFORM, VIRTUAL;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Starts {@code task} on a new thread of this kind. */
    public Thread start(Runnable task) {
        if (this == VIRTUAL) {
            return VirtualThreads.start(task);
        }
        Thread thread = new Thread(task);
        thread.start();
        return thread;
    }

    public boolean available() {
        return this == PLATFORM || VirtualThreads.available();
    }

    public static ThreadKind parse(String text) {
        for (ThreadKind kind : values()) {
            if (kind.param().equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown thread kind '" + text + "' (valid: "
                + Arrays.stream(values()).map(ThreadKind::param).collect(Collectors.joining(", ")) + ")");
    }
}
