package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The unit of a row's figures, written as its {@link #text()} in summary.csv and run.json. */
public enum Unit {
    /** Latency: the percentile columns are nanoseconds. */
    NS("ns"),
    OPS_PER_S("ops/s"),
    MSGS_PER_S("msgs/s"),
    BYTES_PER_S("bytes/s"),
    /** Counted outcomes (lost updates, oversold tickets). */
    COUNT("count"),
    /** A dimensionless ratio (fairness, a min/max share). */
    RATIO("ratio"),
    /** A row that measured nothing (failed or skipped). */
    NONE("");

    private final String text;

    Unit(String text) {
        this.text = text;
    }

    @JsonValue
    public String text() {
        return text;
    }

    /** A rate: the figure is in the throughput column. */
    public boolean rate() {
        return text.endsWith("/s");
    }

    public boolean latency() {
        return this == NS;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Unit parse(String text) {
        String wanted = text == null ? "" : text;
        return Arrays.stream(values()).filter(u -> u.text.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown unit '" + wanted + "' (known: "
                        + Arrays.stream(values()).map(u -> u.text).filter(t -> !t.isEmpty())
                        .collect(Collectors.joining(", ")) + ")"));
    }

    @Override
    public String toString() {
        return text;
    }
}
