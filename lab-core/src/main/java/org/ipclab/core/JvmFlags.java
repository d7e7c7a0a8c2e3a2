package org.ipclab.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ipclab.core.profile.ProfileFlags;

/** The one place for the JVM flags every case and peer JVM gets, and for finding this JVM's launcher. */
public final class JvmFlags {

    private static final String STANDARD_GC = "-XX:+UseParallelGC";
    public static final String USE_ARCHIVE = "-XX:SharedArchiveFile=";
    public static final String WRITE_ARCHIVE = "-XX:ArchiveClassesAtExit=";
    /** Gives a case JVM its fork's own temp folder: what a JVM leaves there (JMH's files) goes with the fork. */
    public static final String TEMP_DIR = "-Djava.io.tmpdir=";
    /** A flag that picks a collector: the JVM refuses to start with two. */
    private static final Pattern GC_CHOICE = Pattern.compile("-XX:\\+Use\\w*GC");

    /** The flags in {@code jvm-flags} beside this class (why each is there is said in that file). */
    public static final List<String> STANDARD = argFile(JvmFlags.class, "jvm-flags");

    private JvmFlags() {
    }

    /**
     * The flags in a resource beside {@code anchor}, kept as a java @argfile so a module's test JVM can take
     * them too: a flag a line, # comments.
     */
    public static List<String> argFile(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java launcher of this very JVM, so peers run on the same JDK as the case. */
    public static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    }

    public static String classPath() {
        return System.getProperty("java.class.path");
    }

    /**
     * A case JVM's flags: the standard ones, its module's ({@link CaseProvider#jvmFlags}), then the user's
     * ({@code --jvm-arg}), which win where they overlap; a collector the user picks replaces the standard one.
     */
    public static List<String> withUserFlags(List<String> module, List<String> user) {
        boolean picksGc = user.stream().anyMatch(f -> GC_CHOICE.matcher(f).matches());
        List<String> flags = new ArrayList<>(STANDARD.stream().filter(f -> !(picksGc && f.equals(STANDARD_GC))).toList());
        flags.addAll(module);
        flags.addAll(user);
        return flags;
    }

    /**
     * This JVM's own flags (-D, -X, --add-opens, the user's...), handed on to peers and JMH forks so all run
     * alike; not its profiling flags, which name this JVM's own recording and log files.
     */
    public static List<String> handedOn() {
        return handedOn(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty(CaseMain.RUN_PRIVATE_PROPERTY));
    }

    /** @param runDir the run's private folder (null outside a run): archives there are the run's, not the user's */
    static List<String> handedOn(List<String> flags, String runDir) {
        return flags.stream().filter(f -> !f.startsWith("-agentlib:jdwp")).filter(f -> !ProfileFlags.isProfileFlag(f))
                .filter(f -> !isRunArchive(f, runDir)).toList();
    }

    /**
     * The class-data archive the run gave this JVM, for JMH's forks and the peers whose start is not
     * measured (same class path, {@link CaseContext#peers}). It is not handed on by itself ({@link #handedOn}):
     * the JVMs whose start a case measures start as the JDK alone starts them.
     */
    public static List<String> runArchive() {
        return runArchive(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty(CaseMain.RUN_PRIVATE_PROPERTY));
    }

    static List<String> runArchive(List<String> flags, String runDir) {
        return flags.stream().filter(f -> f.startsWith(USE_ARCHIVE) && isRunArchive(f, runDir)).toList();
    }

    /**
     * Recorded flags as two runs compare them: the run's class-data archive named {@code <run>/<file>}, and
     * without the fork's own temp folder ({@link #TEMP_DIR}): the run's private folder, which the flags name
     * too ({@code -Dipclab.run.private}), differs between any two runs.
     */
    public static List<String> comparable(List<String> flags) {
        String prefix = "-D" + CaseMain.RUN_PRIVATE_PROPERTY + "=";
        String runDir = flags.stream().filter(f -> f.startsWith(prefix)).map(f -> f.substring(prefix.length()))
                .findFirst().orElse(null);
        return flags.stream().filter(f -> !(f.startsWith(TEMP_DIR) && under(f, runDir)))
                .map(f -> !isRunArchive(f, runDir) ? f
                        : f.substring(0, f.indexOf('=') + 1) + "<run>/" + Paths.get(f.substring(f.indexOf('=') + 1)).getFileName())
                .toList();
    }

    /** Writing or using an archive in the run's private folder. */
    private static boolean isRunArchive(String flag, String runDir) {
        return (flag.startsWith(USE_ARCHIVE) || flag.startsWith(WRITE_ARCHIVE)) && under(flag, runDir);
    }

    /** Whether the flag's value is a path in the run's private folder. */
    private static boolean under(String flag, String runDir) {
        return runDir != null && Paths.get(flag.substring(flag.indexOf('=') + 1)).startsWith(Paths.get(runDir));
    }

    public static Path javaHome() {
        return Paths.get(System.getProperty("java.home"));
    }
}
