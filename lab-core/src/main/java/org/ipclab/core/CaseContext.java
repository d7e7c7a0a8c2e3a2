package org.ipclab.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.ipclab.core.profile.ProfileOutcome;
import org.ipclab.core.profile.Profiler;
import org.ipclab.core.schema.SteadyFacts;

/** What a running case gets from the harness: its suite, folders, peer launcher and result files. */
public final class CaseContext {
    private final Suite suite;
    private final CaseSpec spec;
    private final Path runDir;
    private final Path privateDir;
    private final OptionalDouble floorRttNs;
    /** Peers whose start is not measured start from the run's class-data archive, as this JVM did. */
    private final PeerLauncher peers = new PeerLauncher(JvmFlags.runArchive());
    private final PeerLauncher measuredStartPeers = new PeerLauncher(List.of());
    private final HdrFiles hdr;
    private final Placement placement;
    private final List<SteadyFacts> steady = new ArrayList<>();
    private final String fileId;
    private final int fork;
    private final Set<Profiler> profilers;
    private final List<ProfileOutcome> profiles = new ArrayList<>();

    /** A context for fork 1 of the case, placed by the OS (tests, and runs without forks). */
    public CaseContext(Suite suite, CaseSpec spec, Path runDir, Path privateDir, OptionalDouble floorRttNs) {
        this(suite, spec, runDir, privateDir, floorRttNs, spec.id(), 1, Placement.OS);
    }

    /**
     * @param fileId    the case id its files are named by (it names the placement when the run has several)
     * @param fork      which fork of the case this JVM is (1-based)
     */
    public CaseContext(Suite suite, CaseSpec spec, Path runDir, Path privateDir, OptionalDouble floorRttNs,
                       String fileId, int fork, Placement placement) {
        this(suite, spec, runDir, privateDir, floorRttNs, fileId, fork, placement, Set.of());
    }

    /** @param profilers what the run's {@code --profile} switched on for this fork */
    public CaseContext(Suite suite, CaseSpec spec, Path runDir, Path privateDir, OptionalDouble floorRttNs,
                       String fileId, int fork, Placement placement, Set<Profiler> profilers) {
        this.suite = suite;
        this.fileId = fileId;
        this.fork = fork;
        this.profilers = Set.copyOf(profilers);
        this.spec = spec;
        this.runDir = runDir;
        this.privateDir = privateDir;
        this.floorRttNs = floorRttNs;
        this.placement = placement;
        this.hdr = new HdrFiles(runDir.resolve("hdr"), fileId, fork);
    }

    /** Where the runner placed this fork's rig and peers. */
    public Placement placement() {
        return placement;
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

    /** The id this fork's files are named by. */
    public String fileId() {
        return fileId;
    }

    /** Which fork of the case this JVM runs (1-based). */
    public int fork() {
        return fork;
    }

    /** The profilers the run asked for (empty without {@code --profile}). */
    public Set<Profiler> profilers() {
        return profilers;
    }

    /** Files what a profiler gave for this fork (its files must already be in the run folder). */
    public void profiled(ProfileOutcome outcome) {
        profiles.add(outcome);
    }

    public List<ProfileOutcome> profiles() {
        return profiles;
    }

    /**
     * The run's private folder, shared by its forks one after another, for what is made once per run
     * (a compiled program); this case's own folder where no runner named one (a test).
     */
    public Path runPrivateDir() throws IOException {
        String shared = System.getProperty(CaseMain.RUN_PRIVATE_PROPERTY);
        return shared == null ? privateDir() : Files.createDirectories(Path.of(shared));
    }

    /** Peers the case talks to once they have started (a channel's far end, a counter's other process). */
    public PeerLauncher peers() {
        return peers;
    }

    /** A peer of either kind that died by itself, the likelier cause of a failed case ({@link PeerLauncher#deadPeerCause}). */
    public Optional<String> deadPeerCause() throws InterruptedException {
        Optional<String> cause = peers.deadPeerCause();
        return cause.isPresent() ? cause : measuredStartPeers.deadPeerCause();
    }

    /**
     * Peers whose start is part of what the case measures (a process pool's workers): started as the JDK
     * alone starts them, without the run's class-data archive.
     */
    public PeerLauncher measuredStartPeers() {
        return measuredStartPeers;
    }

    /**
     * The floor: the cache-line round trip between this fork's rig and peer where a probe measured it
     * (same processes, same placement), else the run's calibrated floor, if measured.
     */
    public OptionalDouble floorRttNs() {
        OptionalDouble probed = peers.probedFloorNs();
        return probed.isPresent() ? probed : floorRttNs;
    }

    /** Writes the metric's .hgrm and .hlog and returns its summary row. */
    public ResultRow latency(String metric, List<LatencyRecorder.Interval> intervals) throws IOException {
        return latency(metric, intervals, null);
    }

    /** One recorder's worth of samples: a shortcut for single-threaded rigs (its warm-up count is kept). */
    public ResultRow latency(String metric, LatencyRecorder recorder) throws IOException {
        return latency(metric, recorder.intervals(), recorder.discarded());
    }

    /** Intervals recorded elsewhere (another process), with how many warm-up samples were discarded (null: unknown). */
    public ResultRow latency(String metric, List<LatencyRecorder.Interval> intervals, Long warmup) throws IOException {
        Histogram total = hdr.add(metric, intervals);
        steady.add(SteadyState.of(metric, intervals, warmup));
        return ResultRow.latency(spec, metric, total).withSamples(SteadyState.intervalMedians(intervals));
    }

    /** Per latency metric: trend between the first and last third of the intervals, stalls, warm-up count. */
    public List<SteadyFacts> steadyState() {
        return steady;
    }

    /** The hdr files written so far, relative to the run folder. */
    public List<String> files() {
        return hdr.files();
    }

    /**
     * Busy-spinning threads each need a CPU: returns a warning when they take every CPU of this JVM
     * (the case still runs, but its numbers then measure the scheduler), or null.
     */
    public String spinnerWarning(int spinners) {
        int cpus = Runtime.getRuntime().availableProcessors();
        return spinners >= cpus
                ? spinners + " busy-spinning threads on " + cpus + " available CPUs: nothing is left for the OS, the JIT or the GC" : null;
    }
}
