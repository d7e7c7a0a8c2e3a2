package org.ipclab.process.spawn;

import java.util.Locale;

/**
 * The JDK's ways of launching a child process on Linux, chosen with
 * {@code -Djdk.lang.Process.launchMechanism}. The JDK reads the property once, when ProcessImpl is
 * first used, so each mechanism needs its own JVM.
 */
public enum Mechanism {
    POSIX_SPAWN, VFORK, FORK;

    public static final String PROPERTY = "jdk.lang.Process.launchMechanism";

    /** The parameter form: {@code posix_spawn}, {@code vfork}, {@code fork}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The JVM flag that selects this mechanism in a child JVM. */
    public String flag() {
        return "-D" + PROPERTY + "=" + name();
    }
}
