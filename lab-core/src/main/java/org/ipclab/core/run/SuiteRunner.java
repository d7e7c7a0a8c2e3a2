package org.ipclab.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseMain;
import org.ipclab.core.Environment;
import org.ipclab.core.FailureReason;
import org.ipclab.core.Jmh;
import org.ipclab.core.Json;
import org.ipclab.core.JvmFlags;
import org.ipclab.core.Libraries;
import org.ipclab.core.OutcomeFile;
import org.ipclab.core.Placement;
import org.ipclab.core.PrivateDir;
import org.ipclab.core.ResultRow;
import org.ipclab.core.RunOwner;
import org.ipclab.core.calibration.CalibrationCase;
import org.ipclab.core.schema.Calibration;
import org.ipclab.core.schema.CaseOutcome;
import org.ipclab.core.schema.ConcurrentRun;
import org.ipclab.core.schema.ForkPlacement;
import org.ipclab.core.schema.Interference;
import org.ipclab.core.schema.JvmInfo;
import org.ipclab.core.schema.MachineEnvironment;
import org.ipclab.core.schema.PeerHost;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord;
import org.ipclab.core.schema.RunRecord.CaseEntry;
import org.ipclab.core.schema.RunRecord.ForkEntry;
import org.ipclab.core.schema.RunStatus;

/**
 * Runs the selected cases in rounds, each fork of a case in its own fresh JVM, and files every fork as
 * soon as it ends. SIGINT/SIGTERM end the current case's process tree and leave the folder valid with
 * status {@code interrupted}. With a second configuration ({@link RunSide}) every fork runs under both, back to back,
 * each side filed in a run folder of its own.
 */
public final class SuiteRunner {
    public static final int EXIT_OK = 0;
    public static final int EXIT_CASE_FAILED = 1;
    public static final int EXIT_INTERRUPTED = 130;
    /** How a JVM ends on SIGTERM (128 + 15). */
    private static final int EXIT_TERMINATED = 143;

    /** What the sides share: the cases, rounds, seed, placements, output folder... */
    private final LabConfig config;
    private final List<LabConfig> sideConfigs;
    private final List<CaseJob> jobs;
    private final List<ForkSchedule.Fork> schedule;
    private final Progress progress;
    private final List<RunSide> sides = new ArrayList<>();
    private Path privateDir;
    private volatile CaseProcess current;
    private volatile boolean interrupted;
    private boolean finished;

    /** @param sideConfigs the run's configuration, then the one it is compared with, if any (they differ in the JVM only) */
    public SuiteRunner(List<LabConfig> sideConfigs, List<BenchCase> cases) {
        this.config = sideConfigs.get(0);
        this.sideConfigs = List.copyOf(sideConfigs);
        this.jobs = CaseJob.expand(cases, config.placements());
        // redo rounds extend it
        this.schedule = new ArrayList<>(ForkSchedule.of(jobs, config.forks(), config.seed(), sideConfigs.size()));
        this.progress = new Progress(schedule);
    }

    /** Runs everything; returns the process exit code. */
    public int run() throws IOException, InterruptedException {
        int stale = PrivateDir.removeStale();
        if (stale > 0) {
            System.err.println("removed " + stale + " private folder(s) left by dead runs");
        }
        List<String> abandoned = RunOwner.noticeAbandonedUnder(config.out(), "run");
        if (!abandoned.isEmpty()) {
            System.err.println("filed as abandoned (their runner is gone): " + String.join(", ", abandoned));
        }
        awaitExclusiveRuns();
        String start = Instant.now().toString();
        // The far host of the peer= rows, as its responder described itself when the run checked it.
        PeerHost peer = config.peerHost() == null ? null
                : new PeerHost(config.peerHost().address().toString(), config.peerEnvironment());
        // Profilers perturb what they watch: an environment fact, so compare shows runs that differ in them.
        MachineEnvironment environment = Environment.machine().withRunFacts(
                config.pinCpus() == null ? "none" : "taskset -c " + config.pinCpus(), peer, config.profilerLabels(),
                Libraries.measured());
        privateDir = PrivateDir.create();
        try {
            String classPath = RunClassPath.forRun(JvmFlags.classPath(), privateDir);
            for (LabConfig side : sideConfigs) {
                RunRecord record = RunRecord.starting(config.suite().label(), config.commandLine(),
                        Environment.git(config.home()), start, config.seed(), config.forks(),
                        config.placements().stream().map(Placement::label).toList(), side.describe(), environment);
                sides.add(sides.isEmpty() ? RunSide.first(side, Environment.hostname(), record, jobs, privateDir, classPath)
                        : sides.get(0).second(side, record, jobs, privateDir));
            }
        } catch (IOException | RuntimeException e) {
            PrivateDir.deleteTree(privateDir); // no run to finish yet: its private folder must not outlive this failure
            throw e;
        }
        OtherRuns.announce(privateDir, sides.get(0).folder.dir(), config.exclusive());
        noticeOtherRuns(0);
        // Progress goes to stderr, results (the end table and the run folder) to stdout, so `> file` keeps the results.
        for (int i = 0; i < sides.size(); i++) {
            RunSide side = sides.get(i);
            side.folder.save();
            System.err.print((sides.size() == 1 ? "" : "side " + RunSide.label(i) + " ") + side.config);
            System.err.println("run folder: " + side.folder.dir());
        }
        long estimate = Math.round(progress.expectedSeconds());
        Optional<LastRunPace> lastPace = LastRunPace.find(config.out(), Environment.hostname(), config.suite().label(),
                config.cases().pattern());
        sides.forEach(side -> side.folder.update(r -> r.withEstimatedSeconds(estimate)));
        System.err.println("estimate: " + schedule.size() + " forks, about " + Format.seconds(estimate)
                + " (the cases' expected times and ~" + Progress.FORK_OVERHEAD_SECONDS + " s a fork to start and file it;"
                + " the ETA then follows the pace)" + lastPace.map(p -> "; " + p.describe(estimate, config.suite().label())).orElse("")
                + (sides.size() == 1 ? "" : "; each fork runs on side A and side B in turn")
                + (config.redoDisturbed() == 0 ? ""
                : "; then up to " + config.redoDisturbed() + " more round(s) redo the forks disturbed by steal or other processes"));
        Thread hook = new Thread(this::onSignal, "ipclab-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            runCases();
            finish(interrupted ? RunStatus.INTERRUPTED : RunStatus.COMPLETE);
        } catch (IOException | RuntimeException e) {
            progress.close();
            finish(RunStatus.FAILED);
            removeHook(hook); // else it would run at exit and call this failure an interruption
            throw e;
        }
        if (!removeHook(hook)) {
            return EXIT_INTERRUPTED; // a signal arrived as the last case ended: the hook files the run
        }
        boolean anyFailed = false;
        for (int i = 0; i < sides.size(); i++) {
            RunSide side = sides.get(i);
            RunRecord filed = side.folder.record();
            if (sides.size() > 1) {
                System.out.println("side " + RunSide.label(i) + ": " + side.config.java() + " "
                        + (side.config.jvmArgs().isEmpty() ? "(the lab's flags only)" : String.join(" ", side.config.jvmArgs())));
            }
            EndTable.print(filed, System.out);
            if (i == 0 && !filed.concurrentRuns().isEmpty()) {
                System.err.println("warning: " + filed.concurrentRuns().size() + " other run(s) measured on this machine"
                        + " during this one (see concurrentRuns in run.json): its numbers are disturbed");
            }
            System.out.println();
            System.out.println("run folder: " + side.folder.dir());
            // A case whose other forks measured keeps its rows, but the failed fork still fails the run's exit code.
            anyFailed |= filed.cases().stream().flatMap(c -> c.forks().stream()).flatMap(f -> f.rows().stream())
                    .anyMatch(ResultRow::failed);
        }
        if (sides.size() > 1) {
            System.out.println("compare the sides: ./scripts/compare.sh " + sides.get(0).folder.dir() + " "
                    + sides.get(1).folder.dir());
        }
        return anyFailed ? EXIT_CASE_FAILED : EXIT_OK;
    }

    /** False when the JVM is already shutting down (a signal came), so the hook runs anyway. */
    private static boolean removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The run folders: the run's own, then the one of the configuration it was compared with, if any. */
    public List<Path> runDirs() {
        return sides.stream().map(side -> side.folder.dir()).toList();
    }

    private void runCases() throws IOException, InterruptedException {
        for (int i = 0; !interrupted; i++) {
            if (i == schedule.size() && !planRedoRound()) {
                break;
            }
            ForkSchedule.Fork fork = schedule.get(i);
            RunSide side = sides.get(fork.side());
            noticeOtherRuns(i);
            progress.starting(i, fork);
            ForkEntry entry = runFork(side, fork, i);
            synchronized (this) {
                if (interrupted) {
                    return;
                }
                CaseEntry caseEntry = side.ledger.add(fork.job(), entry);
                side.folder.update(r -> r.withCases(side.ledger.cases()));
                if (fork.job().benchCase().spec().equals(CalibrationCase.SPEC)) {
                    side.floor = adoptCalibration(side.folder, caseEntry);
                }
                side.folder.save();
            }
            progress.finished(i, entry);
        }
        progress.close();
        noticeOtherRuns(schedule.size()); // one that started during the last fork was measuring beside it
    }

    /**
     * Waits while a run that must be alone is measuring: any other run when this one is exclusive, an
     * exclusive one otherwise. Nothing of this run exists yet, so Ctrl-C here leaves nothing behind.
     */
    private void awaitExclusiveRuns() throws InterruptedException {
        for (boolean told = false; ; told = true) {
            List<OtherRuns.Other> blocking = OtherRuns.find(null).stream()
                    .filter(o -> config.exclusive() || o.exclusive()).toList();
            if (blocking.isEmpty()) {
                return;
            }
            if (!told) {
                System.err.println("waiting for " + (config.exclusive() ? "the other run(s)" : "an exclusive run")
                        + " measuring on this machine to end: "
                        + String.join("; ", blocking.stream().map(OtherRuns.Other::describe).toList()));
            }
            Thread.sleep(1000);
        }
    }

    /** Records and warns of every other run first seen measuring now: both runs' numbers are disturbed. */
    private void noticeOtherRuns(int forksDone) {
        List<ConcurrentRun> seen = sides.get(0).folder.record().concurrentRuns();
        for (OtherRuns.Other other : OtherRuns.find(privateDir)) {
            if (seen.stream().anyMatch(s -> s.pid() == other.pid())) {
                continue;
            }
            for (int i = 0; i < sides.size(); i++) {
                int side = i;
                long sideForksDone = schedule.subList(0, Math.min(forksDone, schedule.size())).stream()
                        .filter(f -> f.side() == side).count();
                ConcurrentRun entry = new ConcurrentRun(other.pid(), other.runFolder(), other.exclusive(), Instant.now().toString(),
                        (int) sideForksDone);
                sides.get(i).folder.update(r -> r.withConcurrentRun(entry));
            }
            System.err.println("warning: another run is measuring on this machine (" + other.describe()
                    + "): both runs' numbers are disturbed from here on");
        }
    }

    private ForkEntry runFork(RunSide side, ForkSchedule.Fork fork, int index) throws IOException, InterruptedException {
        RunFolder folder = side.folder;
        CaseJob job = fork.job();
        String id = job.id();
        // A fork whose files cannot fit would die half-way of SIGBUS or a full disk: file it skipped instead.
        Optional<RowStatus> noSpace = ForkSpace.of(PrivateDir.base(), folder.dir()).shortfall(job.benchCase());
        if (noSpace.isPresent()) {
            return NoSpaceFork.entry(fork, noSpace.get());
        }
        // A short name: socket files inside must stay within the 108 bytes of sun_path whatever the case id.
        Path caseDir = Files.createDirectory(privateDir.resolve("f" + index));
        String logName = "logs/" + id + ".fork-" + fork.fork() + ".log";
        Instant start = Instant.now();
        CaseOutcome outcome;
        ForkPlacement placement;
        Interference interference;
        ForkMonitor monitor = null;
        Optional<String> jmhFiling;
        try {
            String module = job.benchCase().spec().module();
            current = CaseProcess.start(side.config, side.classPath, side.classData.flagsFor(module, job.benchCase().classSet()), fork,
                    folder.dir(), caseDir, folder.dir().resolve(logName), side.floor);
            monitor = new ForkMonitor(current.handle(), job.placement(), job.benchCase().hasPeer());
            if (interrupted) {
                current.kill(); // the signal came while this case was starting: the hook did not see it
            }
            Integer exit = current.await(config.timeout(job.benchCase()));
            monitor.close();
            awaitSignalHandling(exit);
            outcome = collect(job, caseDir, exit, folder.dir().resolve(logName));
            jmhFiling = fileJmhResults(folder, caseDir, module);
            side.classData.forkEnded(module, job.benchCase().classSet(), exit != null && exit == 0);
            placement = monitor.placement();
            interference = monitor.interference();
        } finally {
            if (monitor != null) {
                monitor.close();
            }
            current = null;
            PrivateDir.deleteTree(caseDir);
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        List<ResultRow> rows = outcome.rows().stream().map(r -> r.withParams(job.params())).toList();
        RowStatus status = ResultRow.firstProblem(rows).orElse(RowStatus.OK);
        List<String> warnings = new ArrayList<>(outcome.warnings());
        warnings.addAll(SteadyWarnings.of(fork.fork(), outcome.steady()));
        jmhFiling.ifPresent(warnings::add);
        if (interference.wasDisturbed()) {
            warnings.add("fork " + fork.fork() + " was disturbed: " + interference.otherCpuPct()
                    + "% of the machine used by other processes, " + interference.stealPct() + "% stolen");
        }
        return new ForkEntry(fork.fork(), fork.round(), status, seconds, placement, interference, outcome.floorRttNs(),
                rows, outcome.steady(), warnings, outcome.facts(), outcome.files(), logName,
                ForkProfiles.completed(outcome.profiles(), status, config.profilers(), job.benchCase().profileTarget()));
    }

    /** Files the JMH JSON the fork left; what went wrong, if anything, as a warning of the fork. */
    private static Optional<String> fileJmhResults(RunFolder folder, Path caseDir, String module) {
        try {
            Jmh.fileForkResults(CaseMain.privateDir(caseDir), folder.dir(), module);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("JMH's results of this fork could not be added to " + Jmh.moduleFile(module) + ": " + e.getMessage());
        }
    }

    /**
     * A case JVM that died of SIGINT/SIGTERM was most likely hit by the same Ctrl-C as this runner (the
     * whole process group gets it): give this JVM's own hook a moment to mark the run interrupted, so
     * the case is dropped rather than filed as failed.
     */
    private void awaitSignalHandling(Integer exit) throws InterruptedException {
        if (exit == null || (exit != EXIT_INTERRUPTED && exit != EXIT_TERMINATED)) {
            return;
        }
        for (int i = 0; i < 20 && !interrupted; i++) {
            Thread.sleep(50);
        }
    }

    /**
     * Appends a round that redoes the disturbed forks of the cases still short of clean ones, while {@code
     * --redo-disturbed} allows another round; false when it does not or no case needs one.
     */
    private boolean planRedoRound() {
        int round = schedule.isEmpty() ? 1 : schedule.get(schedule.size() - 1).round() + 1;
        // A case one side is short of is redone on both, so that the sides stay interleaved.
        Set<CaseJob> shortOfClean = new HashSet<>();
        sides.forEach(side -> shortOfClean.addAll(CleanForks.shortOf(jobs, config.forks(), side.ledger)));
        List<CaseJob> cases = jobs.stream().filter(shortOfClean::contains).toList();
        if (round > config.forks() + config.redoDisturbed() || cases.isEmpty()) {
            return false;
        }
        schedule.addAll(ForkSchedule.redoRound(jobs, cases, sides.get(0).ledger, round, config.seed(), sides.size()));
        System.err.println("round " + round + " redoes a disturbed fork of " + cases.size() + " case(s) with fewer than "
                + config.forks() + " undisturbed (redo round " + (round - config.forks()) + " of up to " + config.redoDisturbed() + ")");
        return true;
    }

    /**
     * Reads the fork's result file; a fork that timed out, crashed or wrote nothing gets a failed row,
     * a crash named by what its log says (outofmemoryerror, jvm-crash-sigsegv) or its exit code (sigkill).
     */
    private CaseOutcome collect(CaseJob job, Path caseDir, Integer exit, Path log) throws IOException {
        Path result = caseDir.resolve(OutcomeFile.NAME);
        String reason = exit == null ? "timeout" : exit != 0 ? FailureReason.ofDeadJvm(log, exit) : null;
        if (reason == null && Files.exists(result)) {
            CaseOutcome outcome = OutcomeFile.read(result);
            if (!outcome.rows().isEmpty()) {
                return outcome;
            }
            reason = "no-rows";
        }
        ResultRow failed = ResultRow.failed(job.spec(), job.spec().name(), reason == null ? "no-result" : reason);
        return CaseOutcome.failed(failed, "the case JVM ended without a result (" + failed.status() + "); "
                + FailureReason.refusal(log).map(said -> "the JVM refused its options: " + said).orElse("see its log"));
    }

    /** Copies the floor and the case JVM's description into the run's environment; returns the floor p50. */
    private static Double adoptCalibration(RunFolder folder, CaseEntry entry) {
        Object jvm = entry.facts().get("jvm");
        if (jvm instanceof Map) {
            JvmInfo caseJvm = Json.MAPPER.convertValue(jvm, JvmInfo.class);
            folder.update(r -> r.withEnvironment(e -> e.withJvm(caseJvm)));
        }
        Calibration calibration = Calibration.of(entry.rows());
        folder.update(r -> r.withEnvironment(e -> e.withCalibration(calibration)));
        return calibration.floorRttP50Ns() == null ? null : calibration.floorRttP50Ns().doubleValue();
    }

    /** Shutdown hook for SIGINT/SIGTERM: ends the running case and files the run as interrupted. */
    private void onSignal() {
        interrupted = true;
        CaseProcess running = current;
        if (running != null) {
            running.kill();
        }
        progress.close();
        finish(RunStatus.INTERRUPTED);
        System.err.println();
        System.err.println("interrupted: finished cases are in " + (sides.isEmpty() ? "-"
                : String.join(" and ", sides.stream().map(side -> side.folder.dir().toString()).toList())));
    }

    private synchronized void finish(RunStatus status) {
        if (finished || sides.isEmpty()) {
            return;
        }
        finished = true;
        for (RunSide side : sides) {
            side.folder.update(r -> r.ended(status, Instant.now().toString()));
            try {
                side.folder.save();
            } catch (IOException e) {
                System.err.println("error: could not write " + side.folder.dir().resolve(RunFolder.RUN_JSON) + ": " + e.getMessage());
            }
        }
        sides.get(0).folder.markLatest();
        if (privateDir != null) {
            PrivateDir.deleteTree(privateDir);
        }
    }

    public boolean wasInterrupted() {
        return interrupted;
    }
}
