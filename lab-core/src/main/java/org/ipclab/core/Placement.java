package org.ipclab.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a case's rig and its peer process run. On a small VM the same pipe round trip is ~4 µs when both
 * processes share a CPU and ~60 µs when they don't, so the lab makes the choice a parameter instead of noise.
 */
public enum Placement {
    /** Left to the scheduler; where the threads actually ran is recorded per fork. */
    OS,
    /** Rig and peer pinned to one CPU. */
    SAME,
    /** Rig on one CPU, peer on another. */
    CROSS;

    /** The case JVM reads its fork's placement from this property; peers inherit it. */
    public static final String PROPERTY = "ipclab.placement";
    /** CPUs (a taskset list) that peer JVMs are pinned to, when the placement says so. */
    public static final String PEER_CPUS_PROPERTY = "ipclab.peer.cpus";

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How many CPUs the placement needs. */
    public int cpusNeeded() {
        return this == CROSS ? 2 : 1;
    }

    /** The taskset CPU list for the case JVM, or null to leave it to the scheduler. */
    public String rigCpus() {
        return this == OS ? null : "0";
    }

    /** The taskset CPU list for the case's peers, or null to inherit the case JVM's. */
    public String peerCpus() {
        return this == CROSS ? "1" : null;
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Placement::label).collect(Collectors.joining(", "));
    }

    /** Parses one name; the message names the bad value and the valid ones. */
    public static Placement parse(String text) {
        for (Placement p : values()) {
            if (p.label().equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown placement '" + text + "' (valid: " + validNames() + ")");
    }

    /** Parses a comma list such as {@code same,cross}; duplicates are refused. */
    public static List<Placement> parseList(String text) {
        List<Placement> list = Arrays.stream(text.split(",", -1)).map(String::strip).map(Placement::parse).toList();
        if (list.stream().distinct().count() != list.size()) {
            throw new IllegalArgumentException("placement '" + text + "' names one placement twice (valid: "
                    + validNames() + ")");
        }
        return list;
    }

    /** The placement this JVM runs under (the case JVM's, handed to it by the runner). */
    public static Placement current() {
        return parse(System.getProperty(PROPERTY, OS.label()));
    }
}
