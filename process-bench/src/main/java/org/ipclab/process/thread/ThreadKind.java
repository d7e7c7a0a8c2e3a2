package org.ipclab.process.thread;

import java.util.Locale;
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
}
