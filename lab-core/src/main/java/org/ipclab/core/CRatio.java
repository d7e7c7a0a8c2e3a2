package org.ipclab.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

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

    private CRatio() {
    }

    /** Whether {@code c} is the C row that mirrors the Java row {@code java}. */
    public static boolean mirrors(ResultRow c, ResultRow java) {
        if (!MODULE.equals(c.module()) || MODULE.equals(java.module())
                || !c.caseName().equals(java.caseName()) || !c.metric().equals(java.metric())) {
            return false;
        }
        Map<String, String> javaParams = Params.parse(java.params()).asMap();
        return Params.parse(c.params()).asMap().entrySet().stream()
                .allMatch(e -> e.getValue().equals(javaParams.get(e.getKey())));
    }

    /** The C row among {@code rows} that mirrors {@code java}, if the run has one. */
    public static Optional<ResultRow> twin(ResultRow java, List<ResultRow> rows) {
        return rows.stream().filter(c -> mirrors(c, java)).findFirst();
    }

    /** The Java row's p50 over its C twin's, where both measured a latency. */
    public static OptionalDouble of(ResultRow java, List<ResultRow> rows) {
        if (!java.ok() || !"ns".equals(java.unit()) || java.p50() == null) {
            return OptionalDouble.empty();
        }
        return twin(java, rows).filter(c -> c.ok() && c.p50() != null)
                .map(c -> ratio(java.p50(), c.p50())).orElse(OptionalDouble.empty());
    }

    /** {@code java / c}, where both are positive (a 0 ns median has no ratio). */
    public static OptionalDouble ratio(double java, double c) {
        return java > 0 && c > 0 ? OptionalDouble.of(java / c) : OptionalDouble.empty();
    }
}
