package org.ipclab.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;

/**
 * One summary.csv row: a case's metric. Latency columns are null for throughput rows and the
 * throughput column is null for latency rows; nulls are written as empty fields.
 *
 * @param samples per-iteration (or per-interval) values behind the row, kept in run.json for statistics
 */
public record ResultRow(
        String module, @JsonProperty("case") String caseName, Params params, String metric, Unit unit, long count,
        Double mean, Long p50, Long p90, Long p99, Long p999, Long max, Double throughput, RowStatus status,
        List<Double> samples) implements Serializable {

    public ResultRow {
        // A run.json row written without them (schema 1's per-case rows may omit fields) reads as none.
        params = params == null ? Params.NONE : params;
        unit = unit == null ? Unit.NONE : unit;
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** A latency distribution in nanoseconds. */
    public static ResultRow latency(CaseSpec spec, String metric, Histogram ns) {
        return new ResultRow(spec.module(), spec.name(), spec.params(), metric, Unit.NS, ns.getTotalCount(),
                ns.getMean(), ns.getValueAtPercentile(50), ns.getValueAtPercentile(90),
                ns.getValueAtPercentile(99), ns.getValueAtPercentile(99.9), ns.getMaxValue(), null, RowStatus.OK, null);
    }

    /**
     * A rate ({@code ops/s}, {@code msgs/s}, {@code bytes/s}) with the per-iteration rates behind it;
     * {@code count} is the number of iterations, the reported rate their mean.
     */
    public static ResultRow throughput(CaseSpec spec, String metric, Unit unit, List<Double> iterationRates) {
        double mean = iterationRates.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new ResultRow(spec.module(), spec.name(), spec.params(), metric, unit, iterationRates.size(),
                null, null, null, null, null, null, mean, RowStatus.OK, iterationRates);
    }

    /** A counted outcome (lost updates, oversold tickets): mean and max over {@code repetitions}. */
    public static ResultRow counted(CaseSpec spec, String metric, List<Long> perRepetition) {
        double mean = perRepetition.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
        long max = perRepetition.stream().mapToLong(Long::longValue).max().orElse(0);
        List<Double> samples = perRepetition.stream().map(Long::doubleValue).toList();
        return new ResultRow(spec.module(), spec.name(), spec.params(), metric, Unit.COUNT, perRepetition.size(),
                mean, null, null, null, null, max, null, RowStatus.OK, samples);
    }

    /** The {@link RowStatus#OVER_CAPACITY} row: the rates a channel achieved below the one asked, one per run or fork. */
    public static ResultRow overCapacity(CaseSpec spec, String metric, List<Double> achievedRates) {
        return throughput(spec, metric, Unit.MSGS_PER_S, achievedRates).withStatus(RowStatus.OVER_CAPACITY);
    }

    /** A row that says the case could not be measured; {@code reason} becomes {@code failed:<reason>}. */
    public static ResultRow failed(CaseSpec spec, String metric, String reason) {
        return empty(spec, metric, RowStatus.failed(reason));
    }

    /** A row for a case that does not apply here, e.g. {@code skipped:needs-jdk21}. */
    public static ResultRow skipped(CaseSpec spec, String metric, String reason) {
        return empty(spec, metric, RowStatus.skipped(reason));
    }

    /** A row that measured nothing, with the status that says why. */
    public static ResultRow empty(CaseSpec spec, String metric, RowStatus status) {
        return new ResultRow(spec.module(), spec.name(), spec.params(), metric, Unit.NONE, 0,
                null, null, null, null, null, null, null, status, null);
    }

    public ResultRow withSamples(List<Double> newSamples) {
        return new ResultRow(module, caseName, params, metric, unit, count, mean, p50, p90, p99, p999, max,
                throughput, status, newSamples);
    }

    public ResultRow withParams(Params newParams) {
        return new ResultRow(module, caseName, newParams, metric, unit, count, mean, p50, p90, p99, p999, max,
                throughput, status, samples);
    }

    public ResultRow withStatus(RowStatus newStatus) {
        return new ResultRow(module, caseName, params, metric, unit, count, mean, p50, p90, p99, p999, max,
                throughput, newStatus, samples);
    }

    public boolean ok() {
        return status.ok();
    }

    /** The first status among the rows that is not ok (a failure, a skip, over capacity), if any: what a case's status shows. */
    public static Optional<RowStatus> firstProblem(List<ResultRow> rows) {
        return rows.stream().map(ResultRow::status).filter(s -> !s.ok()).findFirst();
    }

    public boolean overCapacity() {
        return status.overCapacity();
    }

    public boolean failed() {
        return status.failed();
    }

    public CaseSpec spec() {
        return new CaseSpec(module, caseName, params);
    }
}
