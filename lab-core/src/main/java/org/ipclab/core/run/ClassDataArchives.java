package org.ipclab.core.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.ipclab.core.JvmFlags;

/**
 * Class-data sharing for the run's own case JVMs, one archive per class set ({@link
 * org.ipclab.core.BenchCase#classSet}: a module, or the cases of a module that share a large library): the set's
 * first fork writes the classes it loaded (the JDK's beyond its default archive, the lab's, JMH's...) when it exits ({@code
 * -XX:ArchiveClassesAtExit}), and the set's later forks map them instead of loading and verifying them again
 * ({@code -XX:SharedArchiveFile}). Why: of a 1.7 s uds round-trip fork, its case JVM spent 0.38 s starting
 * and launching its peer and another 0.38 s writing its result with Jackson, mostly loading classes; sharing
 * them makes a fork 17-22% shorter, so a run gets more forks for its time.
 *
 * <p>Only the start-up changes: the archive is written after the case has measured and written its result,
 * and a mapped class runs the same code as a loaded one. The archive reaches JMH's forks and the peers whose
 * start is not measured (a channel's far end, a shared counter's other process: {@link
 * org.ipclab.core.CaseContext#peers}), never a JVM whose start a case measures (process pools' workers,
 * {@code jvm-start}, {@code spawn kind=jvm}), which start as the JDK alone starts them. Off when the class
 * path is not one jar (CDS cannot archive classes from folders), the user's JVM flags choose their own
 * sharing, the run profiles (JDK 17 runs no flight recording in a JVM that writes an archive), and when the
 * case JVMs run from the build's jar rather than the run's copy of it (a private folder too small for a copy
 * has no room for archives either); a set whose first fork failed, or left no archive, or whose archive a
 * JVM does not start from cleanly (JDK 25 refuses one written with the lab's {@code --add-exports}), runs
 * without one, and after a refused archive no other set of the module (whose JVMs start with the same flags) writes one.
 */
final class ClassDataArchives {
    /** JVM flags that decide class-data sharing themselves: the user's choice stands. */
    private static final Pattern OWN_SHARING = Pattern.compile("-Xshare:.*|-XX:(SharedArchiveFile|ArchiveClassesAtExit)=.*"
            + "|-XX:[+-]AutoCreateSharedArchive");

    private enum State { WRITING, READY, NONE }

    private final Path dir;
    private final boolean enabled;
    private final BiPredicate<String, Path> usable;
    private final Map<String, State> sets = new HashMap<>();
    /** Modules whose JVMs refused an archive: their flags would refuse the next one too. */
    private final Set<String> refusing = new HashSet<>();

    /**
     * @param privateDir the run's private folder, which holds its copy of the lab's jar
     * @param dir where the archives go: the private folder, or a folder in it for a second side (a run's two sides share
     *            its copy of the jar, not their archives)
     * @param profiling whether the run profiles its forks: a JVM writing an archive starts no flight recording
     * @param usable whether a module's JVMs start cleanly from a written archive ({@link ArchiveCheck})
     */
    ClassDataArchives(Path privateDir, Path dir, String classPath, List<String> userJvmFlags, boolean profiling,
                      BiPredicate<String, Path> usable) {
        this.dir = dir;
        this.usable = usable;
        // Only from the run's own copy of the lab's jar in the private folder: RunClassPath makes one of a single
        // jar (CDS archives no classes from folders) and only where the folder has room to spare.
        this.enabled = !profiling && Paths.get(classPath).startsWith(privateDir)
                && userJvmFlags.stream().noneMatch(f -> OWN_SHARING.matcher(f).matches());
    }

    /** The flag for the next case JVM of a module's class set: write the archive, use it, or nothing. */
    List<String> flagsFor(String module, String set) {
        if (!enabled || refusing.contains(module)) {
            return List.of();
        }
        State state = sets.get(set);
        if (state == null) {
            sets.put(set, State.WRITING);
            return List.of(JvmFlags.WRITE_ARCHIVE + archive(set));
        }
        return state == State.READY ? List.of(JvmFlags.USE_ARCHIVE + archive(set)) : List.of();
    }

    /**
     * After each fork: the set's archive is ready when the fork that wrote it ended well and left it, and
     * a JVM starts from it without a word (a peer's handshake is read from its stdout). A written archive the
     * module's JVMs refuse ends sharing for the module: its next set's would be refused too, and its writer
     * would pay for it (about a second) in vain.
     */
    void forkEnded(String module, String set, boolean ok) {
        if (sets.get(set) != State.WRITING) {
            return;
        }
        boolean written = ok && Files.isRegularFile(archive(set));
        boolean ready = written && usable.test(module, archive(set));
        sets.put(set, ready ? State.READY : State.NONE);
        if (written && !ready) {
            refusing.add(module);
        }
    }

    private Path archive(String set) {
        return dir.resolve(set + ".jsa");
    }
}
