package org.ipclab.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ending a process with everything it started. */
public final class ProcessTree {
    private ProcessTree() {
    }

    /** Kills the process and its descendants, children first so none is orphaned, and waits for each. */
    public static void kill(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("warning: process " + handle.pid() + " did not exit after kill");
            }
        }
    }
}
