package org.ipclab.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;

/** What a running case gets from the harness: its suite, folders, peer launcher and result files. */
public final class CaseContext {
    private final Suite suite;
    private final CaseSpec spec;
    private final Path runDir;
    private final Path privateDir;
    private final OptionalDouble floorRttNs;
    private final PeerLauncher peers = new PeerLauncher(List.of());
    private final HdrFiles hdr;

    public CaseContext(Suite suite, CaseSpec spec, Path runDir, Path privateDir, OptionalDouble floorRttNs) {
        this.suite = suite;
        this.spec = spec;
        this.runDir = runDir;
        this.privateDir = privateDir;
        this.floorRttNs = floorRttNs;
        this.hdr = new HdrFiles(runDir.resolve("hdr"), spec.id());
    }

    public Suite suite() {
        return suite;
    }

    public CaseSpec spec() {
        return spec;
    }

    public Params params() {
        return spec.params();
    }

    public Path runDir() {
        return runDir;
    }

    /** This case's own 0700 folder for FIFOs, socket files, mappings and queues; removed after the case. */
    public Path privateDir() throws IOException {
        return Files.createDirectories(privateDir);
    }

    public PeerLauncher peers() {
        return peers;
    }

    /** The run's calibrated floor: median RTT of one shared cache line between two JVMs, if measured. */
    public OptionalDouble floorRttNs() {
        return floorRttNs;
    }

    /** Writes the metric's .hgrm and .hlog and returns its summary row. */
    public ResultRow latency(String metric, List<LatencyRecorder.Interval> intervals) throws IOException {
        Histogram total = hdr.add(metric, intervals);
        return ResultRow.latency(spec, metric, total);
    }

    /** One recorder's worth of samples: a shortcut for single-threaded rigs. */
    public ResultRow latency(String metric, LatencyRecorder recorder) throws IOException {
        return latency(metric, recorder.intervals());
    }

    /** The hdr files written so far, relative to the run folder. */
    public List<String> files() {
        return hdr.files();
    }

    /**
     * Busy-spinning threads each need a CPU: returns a warning when they outnumber this JVM's CPUs
     * (the case still runs, but its numbers then measure the scheduler), or null.
     */
    public String spinnerWarning(int spinners) {
        int cpus = Runtime.getRuntime().availableProcessors();
        return spinners > cpus
                ? spinners + " busy-spinning threads on " + cpus + " available CPUs: oversubscribed" : null;
    }
}
