package org.ipclab.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.ipclab.core.profile.JmhProfiling;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs JMH from inside a case. Its JSON ends up under {@code jmh/<module>.json} (one array per module, each
 * case's results appended), so JMH and HdrHistogram results share one run folder: the case leaves it in its
 * private folder and the runner files it ({@link #fileForkResults}).
 */
public final class Jmh {
    private static final Duration LOCK_WAIT = Duration.ofSeconds(60);
    /** Names the machine's JMH lock file to a case JVM, whose java.io.tmpdir is its fork's own folder. */
    public static final String MACHINE_LOCK_PROPERTY = "ipclab.jmh.lock";
    /** The folder in a case's private folder where each JMH run of the fork leaves its JSON: 1.json, 2.json… */
    private static final String FORK_RESULTS = "jmh-results";

    private Jmh() {
    }

    /**
     * The iterations of one JMH fork and how long each lasts: the only place the lab's JMH budget is
     * stated, so a case's expected time and its options come from the same figures.
     */
    public record Budget(int warmups, int measured, int iterationMs) {
        /** What starting a JMH fork costs before its first iteration. */
        private static final Duration FORK_START = Duration.ofMillis(1000);

        /** One fork, short iterations for smoke, longer ones after. */
        public static Budget of(Suite suite) {
            return new Budget(1, suite.pick(3, 4, 4), suite.pick(100, 200, 250));
        }

        /**
         * {@link #of} with quick cut to 3 + 3 iterations of 100 ms: for a module that runs many JMH cases,
         * each in several lab forks (a fresh JMH fork each), where 100 ms still holds millions of
         * operations. compare counts forks, not iterations. Three warm-ups, not one: after a single one
         * the first measured iteration still ran 12% slower than the next two at the median (a quarter
         * of them by over 35%) on a slow host, the compiler not done yet.
         */
        public static Budget brief(Suite suite) {
            return suite == Suite.QUICK ? new Budget(3, 3, 100) : of(suite);
        }

        /** About how long one JMH fork of this budget takes, its start included. */
        public Duration forkTime() {
            return FORK_START.plusMillis((long) (warmups + measured) * iterationMs);
        }
    }

    /** One fork of the budget's iterations, run with the flags this JVM hands on. */
    public static ChainedOptionsBuilder options(Budget budget, String includeRegex) {
        TimeValue iteration = TimeValue.milliseconds(budget.iterationMs());
        return new OptionsBuilder()
                .include(includeRegex)
                .forks(1)
                // jvmArgs, not jvmArgsAppend: JMH's default would repeat all of this JVM's flags, its profiling ones too.
                .jvmArgs(Stream.concat(JvmFlags.handedOn().stream(), JvmFlags.runArchive().stream())
                        .toArray(String[]::new))
                .warmupIterations(budget.warmups())
                .warmupTime(iteration)
                .measurementIterations(budget.measured())
                .measurementTime(iteration)
                .shouldFailOnError(true);
    }

    public static Collection<RunResult> run(CaseContext context, ChainedOptionsBuilder options)
            throws RunnerException, IOException, InterruptedException {
        Path json = nextForkResults(context.privateDir());
        JmhProfiling profiling = JmhProfiling.attach(options, context);
        Collection<RunResult> results = runWhenFree(options.resultFormat(ResultFormatType.JSON)
                .result(json.toString()).build());
        if (results.isEmpty()) {
            throw new IllegalStateException("JMH ran no benchmark: is its annotation processor on the build?");
        }
        profiling.collect(results, moduleFile(context.spec().module()));
        return results;
    }

    /** A module's JMH JSON, relative to the run folder. */
    public static String moduleFile(String module) {
        return "jmh/" + module + ".json";
    }

    /**
     * Appends the JSON a fork's JMH runs left in its private folder to the run folder's {@code jmh/<module>.json},
     * in the order they ran. The runner does it, warm: in each fresh case JVM, parsing and rewriting the
     * module's file (400 kB by the end of a quick run) took 0.1–0.4 s, more with every fork.
     */
    public static void fileForkResults(Path privateDir, Path runDir, String module) throws IOException {
        Path dir = privateDir.resolve(FORK_RESULTS);
        for (int n = 1; Files.exists(dir.resolve(n + ".json")); n++) {
            append(runDir.resolve(moduleFile(module)), dir.resolve(n + ".json"));
        }
    }

    private static Path nextForkResults(Path privateDir) throws IOException {
        Path dir = Files.createDirectories(privateDir.resolve(FORK_RESULTS));
        try (Stream<Path> earlier = Files.list(dir)) {
            return dir.resolve((earlier.count() + 1) + ".json");
        }
    }

    /**
     * Runs JMH holding the machine's JMH lock, waiting within a bound while another run's benchmark holds it
     * rather than failing. A case JVM's java.io.tmpdir is its fork's own folder (JMH's temporary files go
     * with the fork, a killed one too), so JMH's own lock, taken there, would guard nothing: the case holds
     * the machine's, which the runner names. A case run without a runner (a test) leaves it to JMH.
     */
    private static Collection<RunResult> runWhenFree(Options options)
            throws RunnerException, IOException, InterruptedException {
        String machineLock = System.getProperty(MACHINE_LOCK_PROPERTY);
        if (machineLock == null) {
            return new Runner(options).run();
        }
        Path file = Paths.get(machineLock);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = lockWhenFree(channel, file)) {
            return new Runner(options).run();
        }
    }

    private static FileLock lockWhenFree(FileChannel channel, Path file) throws IOException, InterruptedException {
        file.toFile().setWritable(true, false); // as JMH leaves it: any user's JMH must be able to take it
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        boolean told = false;
        FileLock lock;
        while ((lock = channel.tryLock()) == null) {
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("another JMH run held the machine's JMH lock (" + file + ") for "
                        + LOCK_WAIT.toSeconds() + " s");
            }
            if (!told) {
                System.err.println("another JMH run holds the machine's JMH lock: waiting for it");
                told = true;
            }
            Thread.sleep(200);
        }
        return lock;
    }

    /**
     * The lock file every JMH on the machine takes ({@code <java.io.tmpdir>/jmh.lock}) as this JVM sees it:
     * the runner names it to its case JVMs ({@link #MACHINE_LOCK_PROPERTY}).
     */
    public static Path machineLock() {
        return Paths.get(System.getProperty("java.io.tmpdir"), "jmh.lock");
    }

    private static void append(Path moduleJson, Path newResults) throws IOException {
        Files.createDirectories(moduleJson.getParent());
        ArrayNode all = Files.exists(moduleJson)
                ? (ArrayNode) Json.MAPPER.readTree(moduleJson.toFile()) : Json.MAPPER.createArrayNode();
        for (JsonNode result : Json.MAPPER.readTree(newResults.toFile())) {
            all.add(result);
        }
        AtomicFiles.write(moduleJson, Json.MAPPER.writeValueAsBytes(all));
    }

    /** The per-iteration scores of one benchmark, for statistics across runs. */
    public static List<Double> iterationScores(RunResult result) {
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
            for (IterationResult iteration : benchmark.getIterationResults()) {
                scores.add(iteration.getPrimaryResult().getScore());
            }
        }
        return scores;
    }
}
