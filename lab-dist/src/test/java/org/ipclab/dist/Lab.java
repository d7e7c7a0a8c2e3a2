package org.ipclab.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs the built lab jar as a user would, and looks at what it leaves on the machine. */
final class Lab {
    static final Path JAR = Paths.get(System.getProperty("ipclab.jar", "target/ipc-lab.jar"));
    static final Path HOME = Paths.get(System.getProperty("ipclab.home", ".."));
    private static final Pattern PRIVATE_DIR = Pattern.compile("ipclab-(\\d+)-.*");

    /**
     * Environment variable that marks every process of one run under test. Children inherit the
     * environment (the runner's case JVMs, their peers, JMH's forks), and it stays readable in
     * /proc/<pid>/environ after an orphan is re-parented, so a search by it finds this run's processes
     * and never those of another run on the machine.
     */
    static final String RUN_TOKEN = "IPCLAB_TEST_RUN";
    private static final Map<Long, String> TOKENS = new ConcurrentHashMap<>();

    /** What a finished command printed and returned; {@code token} marks its processes. */
    record Outcome(int exit, String out, String err, String token) {
    }

    private Lab() {
    }

    static ProcessBuilder command(String... args) {
        return command(Paths.get(System.getProperty("java.home"), "bin", "java"), args);
    }

    /** The lab's command line run by another JVM, e.g. a newer JDK's {@code bin/java}. */
    static ProcessBuilder command(Path java, String... args) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dipclab.home=" + HOME, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    static Outcome run(Path workDir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        return finish(command(args), workDir, timeoutSeconds, String.join(" ", args));
    }

    /** Runs any command line (a script) with the same bookkeeping as {@link #run}. */
    static Outcome finish(ProcessBuilder builder, Path workDir, long timeoutSeconds, String what)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = launch(builder.redirectOutput(out.toFile()).redirectError(err.toFile()));
        process.getOutputStream().close();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("lab " + what + " did not finish in " + timeoutSeconds + " s");
        }
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), tokenOf(process));
    }

    /** Starts the command with a fresh run token in its environment. */
    private static Process launch(ProcessBuilder builder) throws IOException {
        String token = UUID.randomUUID().toString();
        builder.environment().put(RUN_TOKEN, token);
        Process process = builder.start();
        TOKENS.put(process.pid(), token);
        return process;
    }

    /** The token of a run this class started. */
    static String tokenOf(Process run) {
        String token = TOKENS.get(run.pid());
        if (token == null) {
            throw new IllegalArgumentException("process " + run.pid() + " was not started by Lab");
        }
        return token;
    }

    /** Whether the process was started with this run token in its environment (false if it is gone or not ours). */
    static boolean carries(ProcessHandle process, String token) {
        try {
            byte[] environ = Files.readAllBytes(Paths.get("/proc", String.valueOf(process.pid()), "environ"));
            String entries = "\0" + new String(environ, StandardCharsets.UTF_8);
            return entries.contains("\0" + RUN_TOKEN + "=" + token + "\0");
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Starts a run in the background, its console in {@code console}. */
    static Process start(Path console, String... args) throws IOException {
        return launch(command(args).redirectOutput(console.toFile()).redirectErrorStream(true));
    }

    /** Starts any command line (a lab JVM inside a network namespace) in the background, its console in {@code console}. */
    static Process start(Path console, List<String> command) throws IOException {
        return launch(new ProcessBuilder(command).redirectOutput(console.toFile()).redirectErrorStream(true));
    }

    /** Starts a run as the leader of its own process group (as a shell does), so the group can be signalled. */
    static Process startInOwnGroup(Path console, String... args) throws IOException {
        // env resets SIGINT to its default: a test JVM started as a background job of a non-interactive
        // shell has it ignored, and so would the run (a JVM can't catch a signal ignored at its start).
        List<String> command = new ArrayList<>(List.of("setsid", "env", "--default-signal=INT"));
        command.addAll(command(args).command());
        // setsid and env exec in place (a child of a JVM is no group leader), so the pid is the group's id.
        return launch(new ProcessBuilder(command).redirectOutput(console.toFile()).redirectErrorStream(true));
    }

    /** The lab's entries in the shared-memory folder (private run folders, Aeron and Chronicle files). */
    static Set<String> sharedMemoryEntries() throws IOException {
        Path shm = Paths.get("/dev/shm");
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(shm)) {
            try (Stream<Path> entries = Files.list(shm)) {
                entries.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("ipclab-") || n.startsWith("aeron-")).forEach(names::add);
            }
        }
        return names;
    }

    /**
     * Entries that appeared since {@code before} and belong to no live process: what a finished run
     * left behind. The machine is shared, so another live run's private folder is not counted.
     */
    static Set<String> leftBehind(Set<String> before) throws IOException {
        Set<String> left = new TreeSet<>();
        for (String name : sharedMemoryEntries()) {
            Matcher m = PRIVATE_DIR.matcher(name);
            boolean liveRun = m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive)
                    .orElse(false);
            if (!before.contains(name) && !liveRun) {
                left.add(name);
            }
        }
        return left;
    }

    /** The private folders of the run whose runner has this pid. */
    static List<Path> privateFoldersOf(long runnerPid) throws IOException {
        try (Stream<Path> entries = Files.list(Paths.get("/dev/shm"))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("ipclab-" + runnerPid + "-")).toList();
        }
    }

    /** Every file and folder inside the private folders of the run whose runner has this pid, now. */
    static List<Path> privateFiles(long runnerPid) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path dir : privateFoldersOf(runnerPid)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.forEach(found::add);
            } catch (IOException | UncheckedIOException e) {
                // the case ended while walking: what was seen so far stands
            }
        }
        return found;
    }

    /** Whether the run's private folders hold an entry of this name now. */
    static boolean holds(long runnerPid, String name) throws IOException {
        return privateFiles(runnerPid).stream().anyMatch(p -> p.getFileName().toString().equals(name));
    }

    /**
     * Every live case, peer or JMH fork JVM of the run with this token. Orphans are re-parented, so
     * looking at the runner's descendants alone would miss exactly the processes that matter.
     */
    static List<String> labProcesses(String token) {
        return labJvms(token, c -> c.contains("org.ipclab.core.CaseMain") || c.contains("org.ipclab.core.PeerMain")
                || c.contains("org.openjdk.jmh.runner.ForkedMain"))
                .stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList();
    }

    /** Live processes of the run with this token whose command line passes {@code test}, oldest first. */
    static List<ProcessHandle> labJvms(String token, Predicate<String> test) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(test::test).orElse(false))
                .filter(p -> carries(p, token))
                .sorted(Comparator.comparing((ProcessHandle p) -> p.info().startInstant().orElse(Instant.MAX)))
                .toList();
    }

    static List<ProcessHandle> labJvms(Process run, Predicate<String> test) {
        return labJvms(tokenOf(run), test);
    }

    /** Waits until at least {@code count} matching JVMs of this run live; returns them, oldest first. */
    static List<ProcessHandle> awaitJvms(Predicate<String> test, int count, Process run) throws InterruptedException {
        String token = tokenOf(run);
        for (int i = 0; i < 1200; i++) {
            List<ProcessHandle> found = labJvms(token, test);
            if (found.size() >= count) {
                return found;
            }
            if (!run.isAlive()) {
                throw new AssertionError("the run ended before the process to act on appeared");
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no such process within 30 s");
    }

    /** Case JVMs of this case id (as the runner passes it on the command line). */
    static Predicate<String> caseJvm(String caseId) {
        return c -> c.contains("org.ipclab.core.CaseMain") && c.contains(" " + caseId + " ");
    }

    /** Peer JVMs running this role class (simple name) with this first argument, if given. */
    static Predicate<String> peer(String role, String firstArg) {
        return c -> c.contains("org.ipclab.core.PeerMain") && c.contains(role + (firstArg == null ? "" : " " + firstArg + " "));
    }

    /** Waits (bounded) until no case, peer or JMH fork JVM of these runs is left; returns those left. */
    static List<String> awaitNoLabProcesses(long seconds, String... tokens) throws InterruptedException {
        List<String> left = labProcesses(tokens);
        for (long i = 0; i < seconds * 10 && !left.isEmpty(); i++) {
            Thread.sleep(100);
            left = labProcesses(tokens);
        }
        return left;
    }

    static List<String> awaitNoLabProcesses(long seconds, Process... runs) throws InterruptedException {
        return awaitNoLabProcesses(seconds, Stream.of(runs).map(Lab::tokenOf).toArray(String[]::new));
    }

    private static List<String> labProcesses(String... tokens) {
        return Stream.of(tokens).flatMap(t -> labProcesses(t).stream()).toList();
    }

    /** Waits until the run's private folders hold an entry of this name; fails if the run ends or it never does. */
    static void awaitPrivateFile(Process run, String name) throws IOException, InterruptedException {
        for (int i = 0; i < 1500; i++) {
            if (holds(run.pid(), name)) {
                return;
            }
            if (!run.isAlive()) {
                throw new AssertionError("the run ended before " + name + " appeared");
            }
            Thread.sleep(20);
        }
        throw new AssertionError(name + " never appeared in the run's private folders within 30 s");
    }

    static void signal(String signal, String target) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, "--", target).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + signal + " " + target + " failed");
        }
    }

    static void signal(String signal, ProcessHandle process) throws IOException, InterruptedException {
        signal(signal, String.valueOf(process.pid()));
    }

    /** Waits for a background run to end; kills it (and fails) if it does not in time. */
    static int await(Process run, long seconds, Path console) throws Exception {
        if (!run.waitFor(seconds, TimeUnit.SECONDS)) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
            throw new AssertionError("the run did not end in " + seconds + " s:\n" + Files.readString(console));
        }
        return run.exitValue();
    }

    /** The one run folder a run made under {@code out} (not the latest link). */
    static Path onlyRunFolder(Path out) throws IOException {
        try (Stream<Path> dirs = Files.list(out)) {
            List<Path> runs = dirs.filter(d -> !d.getFileName().toString().equals("latest") && Files.isDirectory(d))
                    .toList();
            if (runs.size() != 1) {
                throw new AssertionError("expected one run folder in " + out + ", found " + runs);
            }
            return runs.get(0);
        }
    }
}
