package org.ipclab.core;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ipclab.core.profile.ProfileFlags;

/** The one place for the JVM flags every case and peer JVM gets, and for finding this JVM's launcher. */
public final class JvmFlags {

    private static final String STANDARD_GC = "-XX:+UseParallelGC";
    /** A flag that picks a collector: the JVM refuses to start with two. */
    private static final Pattern GC_CHOICE = Pattern.compile("-XX:\\+Use\\w*GC");

    /**
     * Chronicle Queue reaches into JDK internals, and Agrona 2 (under Aeron too) into jdk.internal.misc.Unsafe;
     * these exports and opens let them run on 17 and 25 alike.
     */
    public static final List<String> STANDARD = List.of(
            "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
            "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
            "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "-Dchronicle.analytics.disable=true",
            "-Dchronicle.disk.monitor.disable=true",
            STANDARD_GC,
            "-Xms256m",
            "-Xmx1g");

    private JvmFlags() {
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
     * A case JVM's flags: the standard ones, then the user's ({@code --jvm-arg}), which win where they
     * overlap; a collector the user picks replaces the standard one.
     */
    public static List<String> withUserFlags(List<String> user) {
        boolean picksGc = user.stream().anyMatch(f -> GC_CHOICE.matcher(f).matches());
        List<String> flags = new ArrayList<>(STANDARD.stream().filter(f -> !(picksGc && f.equals(STANDARD_GC))).toList());
        flags.addAll(user);
        return flags;
    }

    /**
     * This JVM's own flags (-D, -X, --add-opens, the user's...), handed on to peers and JMH forks so all run
     * alike; not its profiling flags, which name this JVM's own recording and log files.
     */
    public static List<String> handedOn() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(f -> !f.startsWith("-agentlib:jdwp")).filter(f -> !ProfileFlags.isProfileFlag(f)).toList();
    }

    public static Path javaHome() {
        return Paths.get(System.getProperty("java.home"));
    }
}
