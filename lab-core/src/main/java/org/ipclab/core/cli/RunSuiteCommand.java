package org.ipclab.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ipclab.core.BenchCase;
import org.ipclab.core.Catalog;
import org.ipclab.core.Suite;
import org.ipclab.core.calibration.CalibrationCase;
import org.ipclab.core.remote.PeerAddress;
import org.ipclab.core.run.Format;
import org.ipclab.core.run.LabConfig;
import org.ipclab.core.run.SuiteRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run-suite.sh [SUITE] [options]}: validates every option before anything is written, then runs. */
@Command(name = "run-suite.sh", mixinStandardHelpOptions = true, versionProvider = LabVersion.class, sortOptions = false,
        description = {"Runs a benchmark suite: every case in its own JVM, results in <out>/<run-id>/ (and <out>/<run-id>-vs/"
                + " for a second configuration).",
                "Exit codes: 0 all cases ok or skipped, 1 a case or one of its forks failed, 2 bad input, 130 interrupted."})
public final class RunSuiteCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "quick", paramLabel = "SUITE",
            description = "smoke (every case once, tiny counts), quick (short sweeps), full (all sweeps). Default: ${DEFAULT-VALUE}.")
    String suite;

    @Option(names = "--cases", paramLabel = "REGEX", defaultValue = ".*",
            description = "Run only cases whose 'module/case/params' matches (find), e.g. 'queue/rtt/.*transport=pipe'.")
    String cases;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Folder that receives the run folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--java", paramLabel = "PATH",
            description = "The java launcher that runs the benchmarks. Default: $JAVA_HOME/bin/java, else java on PATH.")
    Path java;

    @Option(names = "--pin", paramLabel = "CPUS",
            description = "Pin case JVMs and their peers to these CPUs with taskset, e.g. 0 or 0,1 or 0-1.")
    String pin;

    @Option(names = "--case-timeout", paramLabel = "SECONDS",
            description = "Kill a case (and its peers) that runs longer than this. Default: "
                    + LabConfig.TIMEOUT_FACTOR + " x its expected time + " + LabConfig.TIMEOUT_MARGIN_SECONDS + " s.")
    String caseTimeout;

    @Option(names = "--forks", paramLabel = "N",
            description = "Run each case N times, each in a fresh case JVM with fresh peers, in N interleaved rounds."
                    + " Default: smoke 1, quick 4, full 3.")
    String forks;

    @Option(names = "--redo-disturbed", paramLabel = "ROUNDS",
            description = "After the last round, up to ROUNDS more rounds, each running once more every case left with"
                    + " fewer than N undisturbed forks by steal or other processes (compare leaves disturbed forks out)."
                    + " Default: none.")
    String redoDisturbed;

    @Option(names = "--seed", paramLabel = "SEED",
            description = "Seed of the shuffled case order in every round (recorded in run.json). Default: random.")
    String seed;

    @Option(names = "--placement", paramLabel = "LIST", defaultValue = "os",
            description = "Where a case's rig and its peer process run: os (the scheduler decides; recorded), same (one CPU),"
                    + " cross (two CPUs); a comma list runs each such case once per placement, as separate rows."
                    + " Default: ${DEFAULT-VALUE}.")
    String placement;

    @Option(names = "--exclusive",
            description = "Wait until no other run measures on this machine before starting, and make runs started"
                    + " meanwhile wait for this one. Without it, runs that overlap warn and record each other.")
    boolean exclusive;

    @Option(names = "--jvm-arg", paramLabel = "ARG",
            description = "A flag for every case JVM, its peers and JMH forks, after the lab's own (repeatable),"
                    + " e.g. --jvm-arg -XX:+UseSerialGC. Recorded in run.json; compare shows it as a difference.")
    List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--vs-java", paramLabel = "PATH",
            description = "Also run every fork on this java launcher (with the --jvm-arg flags unless --vs-jvm-arg gives"
                    + " others), right before or after the fork on --java (the order alternates), into a second run folder,"
                    + " <run-id>-vs: a host that speeds up or slows down during the run moves both sides alike. Compare the"
                    + " two folders. Default: the --java launcher.")
    Path vsJava;

    @Option(names = "--vs-jvm-arg", paramLabel = "ARG",
            description = "A flag of the second side instead of the --jvm-arg flags (repeatable); given alone, the second"
                    + " side runs the same launcher with these flags. --vs-java or --vs-jvm-arg makes the run two-sided,"
                    + " and takes twice as long.")
    List<String> vsJvmArgs = new ArrayList<>();

    @Option(names = "--peer-host", paramLabel = "HOST[:PORT]",
            description = "A responder on another host (started there with 'ipc-lab serve'): the tcp rtt, throughput and"
                    + " fixed-rate cases also run against it, as rows with peer=HOST beside the loopback ones."
                    + " Port default: " + PeerAddress.DEFAULT_PORT + ". Needs --secret-file.")
    String peerHost;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "The file holding the handshake secret of --peer-host (the same file serve was given).")
    Path secretFile;

    @Option(names = "--profile", paramLabel = "LIST",
            description = "Profile every fork: gc (GC log and collector counts; JMH's gc profiler), jfr (a Flight"
                    + " Recorder file), async (an async-profiler flame graph), perfnorm (JMH's hardware counters per"
                    + " operation, where perf events work); a comma list or repeated. Files go to jfr/, gc/ and async/"
                    + " in the run folder; run.json records the profilers, and compare shows them as a difference.")
    List<String> profile = new ArrayList<>();

    @Option(names = "--list", description = "List the selected cases and exit.")
    boolean list;

    private final Consumer<Path> afterRun;

    /** @param afterRun called with the run folder once the run has ended (e.g. to write its report) */
    public RunSuiteCommand(Consumer<Path> afterRun) {
        this.afterRun = afterRun;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Suite chosen = parseSuite();
        Pattern pattern = parseCases();
        // Before the catalogue is read: with a peer host, it holds the peer= twins of the tcp cases.
        PeerHostOption.Checked peer = PeerHostOption.check(peerHost, secretFile);
        if (peer != null) {
            peer.peer().install();
        }
        List<BenchCase> selected = select(chosen, pattern);
        // Every option is checked even for --list, so a mistake shows before the real run.
        int cpus = Runtime.getRuntime().availableProcessors();
        LabConfig config = new LabConfig(chosen, pattern, RunOptionChecks.out(out), resolveJava(),
                pin == null ? null : RunOptionChecks.pin(pin, cpus),
                caseTimeout == null ? null : RunOptionChecks.caseTimeout(caseTimeout), home(), commandLine(),
                forks == null ? chosen.defaultForks() : RunOptionChecks.forks(forks),
                redoDisturbed == null ? 0 : RunOptionChecks.redoRounds(redoDisturbed),
                seed == null ? new SecureRandom().nextLong() : RunOptionChecks.seed(seed),
                RunOptionChecks.placements(placement, cpus, pin != null), exclusive, RunOptionChecks.jvmArgs("--jvm-arg", jvmArgs),
                peer == null ? null : peer.peer(), peer == null ? null : peer.environment(),
                RunOptionChecks.profilers(profile));
        List<LabConfig> sides = sides(config);
        if (list) {
            selected.forEach(c -> System.out.println(c.spec().key() + "  (~"
                    + Format.tenthsOfSeconds(c.expected().toMillis() / 1000.0) + " per fork, limit "
                    + config.timeout(c).toSeconds() + " s" + (c.placeable() ? ", placeable" : "") + ")"));
            return 0;
        }
        SuiteRunner runner = new SuiteRunner(sides, selected);
        int exit;
        try {
            exit = runner.run();
        } catch (IOException e) {
            // The disk filled up or went away mid-run: say so in one line; finished cases stay filed.
            System.err.println("error: the run stopped: its results could not be written ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : WritableFolder.reason(e)) + ")");
            return SuiteRunner.EXIT_CASE_FAILED;
        }
        if (afterRun != null && !runner.wasInterrupted()) {
            runner.runDirs().forEach(afterRun);
        }
        return runner.wasInterrupted() ? SuiteRunner.EXIT_INTERRUPTED : exit;
    }

    private Suite parseSuite() {
        try {
            return Suite.parse(suite);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private Pattern parseCases() {
        try {
            return Pattern.compile(cases);
        } catch (PatternSyntaxException e) {
            throw new BadInputException("bad --cases regex '" + cases + "': " + e.getDescription()
                    + " (a Java regex over module/case/params, e.g. 'lock/counter/.*')");
        }
    }

    /** The matching cases, always preceded by the calibration that every run needs. */
    private static List<BenchCase> select(Suite suite, Pattern pattern) {
        List<BenchCase> all = Catalog.cases(suite);
        if (all.stream().noneMatch(c -> pattern.matcher(c.spec().key()).find())) {
            throw new BadInputException("--cases '" + pattern.pattern() + "' matches no case of suite "
                    + suite.label() + ".\n" + validChoices(all) + "\n--list shows every case.");
        }
        return all.stream().filter(c -> c.spec().equals(CalibrationCase.SPEC) || pattern.matcher(c.spec().key()).find())
                .toList();
    }

    /** The module/case names and every parameter's values, so a typo can be put right. */
    private static String validChoices(List<BenchCase> all) {
        Map<String, Set<String>> values = new TreeMap<>();
        for (BenchCase c : all) {
            c.spec().params().asMap().forEach((k, v) -> values.computeIfAbsent(k, x -> new TreeSet<>()).add(v));
        }
        StringBuilder text = new StringBuilder("module/case values: ");
        text.append(String.join(", ", all.stream().map(c -> c.spec().module() + "/" + c.spec().name()).distinct().toList()));
        values.forEach((k, v) -> text.append("\n").append(k).append(" values: ").append(String.join(", ", v)));
        return text.toString();
    }

    /** The run's configuration, and the one its forks are compared with when --vs-java or --vs-jvm-arg asks for one. */
    private List<LabConfig> sides(LabConfig config) {
        if (vsJava == null && vsJvmArgs.isEmpty()) {
            return List.of(config);
        }
        return List.of(config, config.withJvm(vsJava == null ? config.java() : RunOptionChecks.java("--vs-java", vsJava),
                vsJvmArgs.isEmpty() ? config.jvmArgs() : RunOptionChecks.jvmArgs("--vs-jvm-arg", vsJvmArgs)));
    }

    private Path resolveJava() {
        if (java != null) {
            return RunOptionChecks.java("--java", java);
        }
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && Files.isExecutable(Paths.get(javaHome, "bin", "java"))) {
            return Paths.get(javaHome, "bin", "java");
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Paths.get(dir, "java");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return Paths.get(System.getProperty("java.home"), "bin", "java");
    }

    /** The lab's checkout (where scripts/ runs it from), for the git commit. */
    public static Path home() {
        return Paths.get(System.getProperty("ipclab.home", ".")).toAbsolutePath().normalize();
    }

    private String commandLine() {
        String given = System.getProperty("ipclab.commandLine");
        return given != null ? given : ProcessHandle.current().info().commandLine().orElse("run-suite.sh");
    }
}
