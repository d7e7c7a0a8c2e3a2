package org.ipclab.stress;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How long to stress: the jcstress options each mode stands for. */
enum StressMode {
    /**
     * What {@code mvn verify} runs, under a minute on 2 CPUs: jcstress's quick preset with C2 alone (the
     * compiler that reorders; not the interpreter, C1 or split per-actor compilation), 5 × 0.5 s per test
     * and JVM configuration.
     */
    SHORT("-m", "quick", "-c", "2", "-sc", "false", "-jvmArgs", "-XX:-TieredCompilation", "-time", "500"),
    /**
     * jcstress's default mode: every JVM and compilation configuration, with C2 stress forks (84 forks a
     * test here): about 50 min on 2 CPUs, estimated.
     */
    LONG("-m", "default");

    private final List<String> options;

    StressMode(String... options) {
        this.options = List.of(options);
    }

    List<String> options() {
        return options;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named {@code text}, or null. */
    static StressMode named(String text) {
        return Arrays.stream(values()).filter(m -> m.label().equals(text)).findFirst().orElse(null);
    }

    static String labels() {
        return Arrays.stream(values()).map(StressMode::label).collect(Collectors.joining(", "));
    }
}
