package org.ipclab.stress;

import java.util.ArrayList;
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

    /** Option, value, option, value...: every preset option takes a value. */
    private final List<String> options;

    StressMode(String... options) {
        this.options = List.of(options);
    }

    /**
     * The mode's options and then {@code extra}; an option given in {@code extra} replaces the mode's own
     * (jcstress refuses an option given twice).
     */
    List<String> commandLine(List<String> extra) {
        List<String> line = new ArrayList<>();
        for (int i = 0; i < options.size(); i += 2) {
            if (!extra.contains(options.get(i))) {
                line.addAll(options.subList(i, i + 2));
            }
        }
        line.addAll(extra);
        return line;
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
