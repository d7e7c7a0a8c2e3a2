package org.ipclab.core.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JVM flags that switch a fork's profilers on. A case JVM that measures itself starts its recording
 * and its GC log from the command line; one that hands the measuring to JMH gets only the property, and
 * JMH's profilers do the rest in its forks. None of these flags is handed on to peers or JMH forks
 * ({@link #isProfileFlag}): they would write into the same files.
 */
public final class ProfileFlags {
    /** The recording the case JVM stops itself before it reports, so the file is whole when the runner reads it. */
    public static final String RECORDING_NAME = "ipclab";
    private static final String RECORDING_FLAG = "-XX:StartFlightRecording=name=" + RECORDING_NAME + ",";
    private static final String GC_LOG_FLAG = "-Xlog:gc*,safepoint:file=";
    private static final String REPOSITORY_FLAG = "-XX:FlightRecorderOptions=repository=";

    private ProfileFlags() {
    }

    /**
     * Creates the folders the flags write into and returns the flags, the property first.
     *
     * @param privateDir the fork's private folder, removed after it: Flight Recorder's working files go there
     */
    public static List<String> forFork(Set<Profiler> profilers, ProfileTarget target, Path runDir, String fileId, int fork,
                                       Path privateDir) throws IOException {
        List<String> flags = new ArrayList<>();
        if (profilers.isEmpty() || target == ProfileTarget.NONE) {
            return flags;
        }
        flags.add("-D" + Profiler.PROPERTY + "=" + Profiler.labels(profilers));
        if (target != ProfileTarget.CASE_JVM) {
            return flags;
        }
        if (profilers.contains(Profiler.JFR)) {
            Path file = runDir.resolve(ProfileFiles.jfr(fileId, fork));
            Files.createDirectories(file.getParent());
            flags.add(RECORDING_FLAG + "settings=profile,dumponexit=true,filename=" + file);
            flags.add(repository(privateDir));
        }
        if (profilers.contains(Profiler.GC)) {
            Path file = runDir.resolve(ProfileFiles.gcLog(fileId, fork));
            Files.createDirectories(file.getParent());
            // filecount=0: one file, no rotation, so the whole fork is in the one log the run lists.
            flags.add(GC_LOG_FLAG + file + ":uptime,level,tags:filecount=0");
        }
        return flags;
    }

    /**
     * Flight Recorder keeps its chunks in a repository under java.io.tmpdir until the JVM exits; one that
     * is killed (a timeout, Ctrl-C) would leave it in /tmp. In the fork's private folder it goes with the fork.
     */
    public static String repository(Path privateDir) throws IOException {
        return REPOSITORY_FLAG + Files.createDirectories(privateDir.resolve("jfr-repository"));
    }

    /**
     * Whether a flag is one of these (a user's own {@code --jvm-arg -Xlog:gc} is not), which belong to one
     * process and must not be handed on to another JVM.
     */
    public static boolean isProfileFlag(String flag) {
        return flag.startsWith("-D" + Profiler.PROPERTY + "=") || flag.startsWith(RECORDING_FLAG)
                || flag.startsWith(GC_LOG_FLAG) || flag.startsWith(REPOSITORY_FLAG);
    }
}
