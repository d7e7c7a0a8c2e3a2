package org.ipclab.report.compare;

import java.util.List;
import java.util.stream.Collectors;
import org.ipclab.report.read.RunFolder;

/** One side of a comparison: one or more run folders whose forks are pooled, under one label (A, B, …). */
public record Side(String label, List<RunFolder> folders) {
    public Side {
        folders = List.copyOf(folders);
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("side " + label + " has no run folder");
        }
    }

    /** The folder whose environment stands for the side. */
    public RunFolder first() {
        return folders.get(0);
    }

    public String runIds() {
        return folders.stream().map(RunFolder::runId).collect(Collectors.joining("+"));
    }

    public String dirs() {
        return folders.stream().map(f -> f.dir().toString()).collect(Collectors.joining(", "));
    }
}
