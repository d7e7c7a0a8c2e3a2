package org.ipclab.process.spawn;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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

    public static Mechanism parse(String text) {
        for (Mechanism m : values()) {
            if (m.param().equals(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mechanism '" + text + "' (valid: " + validNames() + ")");
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Mechanism::param).collect(Collectors.joining(", "));
    }
}
