package org.ipclab.report.compare;

import org.ipclab.core.run.Format;

/**
 * Go's benchmark format, which benchstat reads: one result line per fork, named
 * {@code Benchmark<Module>_<case>/<key>=<value>/…/metric=<metric>}, under a {@code side: A}
 * configuration line per side, so {@code benchstat -col side FILE} sets the sides side by side.
 * Latency is {@code ns/op}; rates keep their unit ({@code msgs/s}, {@code ops/s}).
 */
final class BenchstatFormat {
    private BenchstatFormat() {
    }

    static String of(Comparison c) {
        StringBuilder b = new StringBuilder();
        for (String side : c.labels()) {
            b.append("side: ").append(side).append('\n');
            for (PairedRow r : c.rows()) {
                if (!r.run().equals(side) || r.forkCentres() == null) {
                    continue;
                }
                for (double centre : r.forkCentres()) {
                    b.append(name(r)).append(" 1 ").append(Format.significant(centre, 6)).append(' ')
                            .append(unit(r.unit())).append('\n');
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** No spaces, and a capital after "Benchmark", as the format asks; params become /key=value parts. */
    static String name(PairedRow r) {
        String module = r.module().isEmpty() ? "Lab" : Character.toUpperCase(r.module().charAt(0)) + r.module().substring(1);
        StringBuilder name = new StringBuilder("Benchmark").append(safe(module)).append('_').append(safe(r.caseName()));
        if (!r.params().isEmpty()) {
            for (String param : r.params().split(";")) {
                name.append('/').append(safe(param));
            }
        }
        return name.append("/metric=").append(safe(r.metric())).toString();
    }

    private static String unit(String unit) {
        return "ns".equals(unit) ? "ns/op" : unit == null || unit.isEmpty() ? "value" : unit.replaceAll("\\s+", "_");
    }

    /** A name part: no whitespace, and no '/' inside a part, since '/' separates the parts. */
    private static String safe(String text) {
        return text.replaceAll("[\\s/]+", "_");
    }
}
