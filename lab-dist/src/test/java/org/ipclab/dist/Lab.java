package org.ipclab.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the built lab jar as a user would, and looks at what it leaves on the machine. */
final class Lab {
    static final Path JAR = Paths.get(System.getProperty("ipclab.jar", "target/ipc-lab.jar"));
    static final Path HOME = Paths.get(System.getProperty("ipclab.home", ".."));

    /** What a finished command printed and returned. */
    record Outcome(int exit, String out, String err) {
    }

    private Lab() {
    }

    static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dipclab.home=" + HOME, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    static Outcome run(Path workDir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = command(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("lab " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
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
     * Every live case or peer JVM started from the lab jar under test. Orphans are re-parented, so
     * looking at this JVM's descendants alone would miss exactly the processes that matter.
     */
    static List<String> labProcesses() {
        String jar = JAR.toAbsolutePath().toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(jar)
                        && (c.contains("org.ipclab.core.CaseMain") || c.contains("org.ipclab.core.PeerMain")
                        || c.contains("org.openjdk.jmh.runner.ForkedMain"))).orElse(false))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList();
    }
}
