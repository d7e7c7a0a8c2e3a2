package org.ipclab.report.read;

import java.util.List;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.ipclab.core.ResultRow;

/**
 * One summary.csv row with what stands behind it: the samples (per-iteration values from run.json, or one
 * median per .hlog interval), for latency the whole distribution, and the case's forks (schema 2; empty
 * for schema 1, where the whole case is one fork).
 */
public record MeasuredRow(ResultRow row, String caseId, List<Double> samples, SampleSource source,
                          Optional<Histogram> distribution, List<ForkRecord> forks) {

    /** Where the samples came from. */
    public enum SampleSource {
        ITERATIONS("iterations"), INTERVALS("interval medians"), NONE("none");

        private final String label;

        SampleSource(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Identifies the row across runs: module, case, params and metric. */
    public String key() {
        return row.module() + "/" + row.caseName() + "/" + row.params() + "/" + row.metric();
    }

    /** The centres of the forks that measured this row (ok forks only); empty for schema 1. */
    public List<Double> forkCentres() {
        return forks.stream().filter(ForkRecord::ok).map(f -> f.metrics().get(row.metric()))
                .filter(java.util.Objects::nonNull).map(ForkRecord.Metric::centre).toList();
    }

    public boolean isLatency() {
        return row.unit().latency();
    }

    public boolean isRate() {
        return row.unit().rate();
    }

    /**
     * The row's central value: p50 of the whole distribution for latency, the median of the samples
     * where there are samples, otherwise the reported mean or throughput.
     */
    public double center() {
        if (row.p50() != null) {
            return row.p50();
        }
        if (!samples.isEmpty()) {
            return org.ipclab.core.Median.of(samples);
        }
        if (row.throughput() != null) {
            return row.throughput();
        }
        return row.mean() == null ? Double.NaN : row.mean();
    }
}
