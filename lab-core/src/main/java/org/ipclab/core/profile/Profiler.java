package org.ipclab.core.profile;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A profiler a run can switch on with {@code --profile}. Each one perturbs what it watches, so the run
 * records which were on and compare shows them as a difference between runs.
 */
public enum Profiler {
    /** GC log and collector counts (case JVMs); JMH's {@code gc} profiler (JMH forks). */
    GC,
    /** A Flight Recorder recording per fork. */
    JFR,
    /** async-profiler's CPU flame graph per fork. */
    ASYNC,
    /** JMH's {@code perfnorm}: hardware counters per operation, JMH cases only, where perf events work. */
    PERFNORM;

    /** The case JVM reads the run's profilers from this property (a comma list of labels). */
    public static final String PROPERTY = "ipclab.profile";

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Profiler::label).collect(Collectors.joining(", "));
    }

    /** Parses one name; the message names the bad value and the valid ones. */
    public static Profiler parse(String text) {
        for (Profiler p : values()) {
            if (p.label().equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profiler '" + text + "' (valid: " + validNames() + ")");
    }

    /** Parses the values of a repeatable option, each a name or a comma list; repeats count once. */
    public static Set<Profiler> parseAll(List<String> given) {
        Set<Profiler> profilers = EnumSet.noneOf(Profiler.class);
        for (String text : given) {
            Arrays.stream(text.split(",", -1)).map(String::strip).map(Profiler::parse).forEach(profilers::add);
        }
        return profilers;
    }

    /** As the property and run.json write them: labels in a fixed order, comma-joined. */
    public static String labels(Set<Profiler> profilers) {
        return profilers.stream().map(Profiler::label).collect(Collectors.joining(","));
    }

    /** The profilers this JVM was asked to run (the case JVM's, handed to it by the runner). */
    public static Set<Profiler> current() {
        String value = System.getProperty(PROPERTY, "");
        return value.isEmpty() ? EnumSet.noneOf(Profiler.class) : parseAll(List.of(value));
    }
}
