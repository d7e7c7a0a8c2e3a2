package org.ipclab.core;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** The one place for the JVM flags every case and peer JVM gets, and for finding this JVM's launcher. */
public final class JvmFlags {

    /** Chronicle Queue reaches into JDK internals; these opens let it run on 17 and 25 alike. */
    public static final List<String> STANDARD = List.of(
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
            "-XX:+UseParallelGC",
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

    /** This JVM's own flags (-D, -X, --add-opens...), handed on to peers so both sides run alike. */
    public static List<String> current() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    public static Path javaHome() {
        return Paths.get(System.getProperty("java.home"));
    }
}
