package org.ipclab.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.ipclab.core.schema.Unit;

/**
 * Java/C: how many times its C twin a Java latency row costs, both measured in the same run. The twin is
 * the C module's row of the same case name and metric whose params the Java row all has (the Java row
 * may name more: {@code api=process-builder} for a spawn, a placement label both carry), so queue
 * {@code rtt size=64;transport=pipe} pairs with c {@code rtt size=64;transport=pipe} and process
 * {@code spawn api=process-builder;mechanism=fork} with c {@code spawn mechanism=fork}.
 */
public final class CRatio {
    /** The C module's name in summary.csv. */
    public static final String MODULE = "c";

    /** Observed placements of a rig and a peer process. */
    private static final Set<String> PAIRS = Set.of("same", "cross", "mixed");

    private CRatio() {
    }

    /** Whether {@code c} is the C row that mirrors the Java row {@code java}. */
    public static boolean mirrors(ResultRow c, ResultRow java) {
        if (!MODULE.equals(c.module()) || MODULE.equals(java.module())
                || !c.caseName().equals(java.caseName()) || !c.metric().equals(java.metric())) {
            return false;
        }
        Map<String, String> javaParams = java.params().asMap();
        return c.params().asMap().entrySet().stream()
                .allMatch(e -> e.getValue().equals(javaParams.get(e.getKey())));
    }

    /** The C row among {@code rows} that mirrors {@code java}, if the run has one. */
    public static Optional<ResultRow> twin(ResultRow java, List<ResultRow> rows) {
        return rows.stream().filter(c -> mirrors(c, java)).findFirst();
    }

    /**
     * The Java row's p50 over its C twin's, where both measured a latency and ran where each other ran:
     * {@code placements} gives a row's observed placements over its forks (empty when unknown). Left to
     * the OS, a pipe's Java forks may all land on two CPUs (58 µs) and its C forks on one (2 µs): their
     * ratio would measure the scheduler, so there is none; pin both with --placement to compare them.
     */
    public static OptionalDouble of(ResultRow java, List<ResultRow> rows, Function<ResultRow, Set<String>> placements) {
        if (!java.ok() || java.unit() != Unit.NS || java.p50() == null) {
            return OptionalDouble.empty();
        }
        return twin(java, rows).filter(c -> c.ok() && c.p50() != null && placedAlike(placements.apply(java), placements.apply(c)))
                .map(c -> ratio(java.p50(), c.p50())).orElse(OptionalDouble.empty());
    }

    /** An observed placement that says where the processes ran (not null, empty or unknown). */
    public static boolean knownPlacement(String observed) {
        return observed != null && !observed.isEmpty() && !"null".equals(observed) && !"unknown".equals(observed);
    }

    /**
     * Both ran under the same observed placements. Only a pair of processes talking has a placement that
     * moves its cost (same, cross, mixed): a side that ran alone (a C spawn or thread is {@code single}) or
     * whose placement is unknown leaves nothing to tell apart.
     */
    public static boolean placedAlike(Set<String> java, Set<String> c) {
        return !pair(java) || !pair(c) || java.equals(c);
    }

    private static boolean pair(Set<String> placements) {
        return placements.stream().anyMatch(PAIRS::contains);
    }

    /** {@code java / c}, where both are positive (a 0 ns median has no ratio). */
    public static OptionalDouble ratio(double java, double c) {
        return java > 0 && c > 0 ? OptionalDouble.of(java / c) : OptionalDouble.empty();
    }
}
