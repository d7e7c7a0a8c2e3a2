package org.ipclab.core.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.HdrFiles;
import org.ipclab.core.Median;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord.ForkEntry;
import org.ipclab.core.schema.Unit;

/**
 * A case's summary rows over all its forks, one per metric: latency from the forks' interval logs
 * merged into one histogram (and its .hgrm written), rates over every fork's iterations, other values
 * as the median of the forks'. A metric no fork measured keeps the first fork's failure or skip. A rate
 * is sustained only if every fork kept it: one fork over capacity makes the row over capacity, with
 * the rates achieved by the forks that could not keep it.
 */
final class ForkMerge {
    private ForkMerge() {
    }

    /** The merged rows, in the order the metrics first appear; writes each latency metric's .hgrm. */
    static List<ResultRow> rows(CaseSpec spec, List<ForkEntry> forks, Path runDir) throws IOException {
        Map<String, List<ResultRow>> byMetric = new LinkedHashMap<>();
        for (ForkEntry fork : forks) {
            fork.rows().forEach(r -> byMetric.computeIfAbsent(r.metric(), m -> new ArrayList<>()).add(r));
        }
        List<ResultRow> merged = new ArrayList<>();
        for (Map.Entry<String, List<ResultRow>> metric : byMetric.entrySet()) {
            merged.add(merge(spec, metric.getKey(), metric.getValue(), forks, runDir));
        }
        return merged;
    }

    private static ResultRow merge(CaseSpec spec, String metric, List<ResultRow> rows, List<ForkEntry> forks,
                                   Path runDir) throws IOException {
        List<Double> achieved = rows.stream().filter(ResultRow::overCapacity).map(ResultRow::throughput).toList();
        if (!achieved.isEmpty()) {
            return ResultRow.overCapacity(spec, metric, achieved);
        }
        List<ResultRow> ok = rows.stream().filter(ResultRow::ok).toList();
        if (ok.isEmpty()) {
            return rows.stream().filter(ResultRow::failed).findFirst().orElse(rows.get(0));
        }
        List<Double> samples = new ArrayList<>();
        ok.forEach(r -> samples.addAll(r.samples()));
        ResultRow first = ok.get(0);
        if (first.unit() == Unit.NS && first.p50() != null) {
            Histogram all = mergedLog(spec.id(), metric, forks, runDir);
            if (all != null) {
                writeDistribution(runDir.resolve(HdrFiles.distributionName(spec.id(), metric)), all);
                return ResultRow.latency(spec, metric, all).withSamples(samples);
            }
        }
        if (first.throughput() != null) {
            List<Double> rates = samples.isEmpty() ? ok.stream().map(ResultRow::throughput).toList() : samples;
            return ResultRow.throughput(spec, metric, first.unit(), rates);
        }
        long count = ok.stream().mapToLong(ResultRow::count).sum();
        Long max = ok.stream().map(ResultRow::max).filter(v -> v != null).max(Long::compare).orElse(null);
        return new ResultRow(spec.module(), spec.name(), spec.params(), metric, first.unit(), count,
                medianOf(ok, ResultRow::mean), wholeMedianOf(ok, ResultRow::p50), wholeMedianOf(ok, ResultRow::p90),
                wholeMedianOf(ok, ResultRow::p99), wholeMedianOf(ok, ResultRow::p999), max, null, RowStatus.OK, samples);
    }

    /** Every fork's interval log of the metric added into one histogram, or null when a fork has none. */
    private static Histogram mergedLog(String caseId, String metric, List<ForkEntry> forks, Path runDir)
            throws IOException {
        Histogram all = new Histogram(3);
        int logs = 0;
        for (ForkEntry fork : forks) {
            String name = HdrFiles.logName(caseId, metric, fork.fork());
            if (!fork.files().contains(name)) {
                continue;
            }
            try (HistogramLogReader reader = new HistogramLogReader(runDir.resolve(name).toFile())) {
                EncodableHistogram interval;
                while ((interval = reader.nextIntervalHistogram()) != null) {
                    all.add((Histogram) interval);
                }
            }
            logs++;
        }
        return logs == 0 ? null : all;
    }

    private static void writeDistribution(Path hgrm, Histogram all) throws IOException {
        Files.createDirectories(hgrm.getParent());
        try (PrintStream out = new PrintStream(Files.newOutputStream(hgrm), false, "UTF-8")) {
            all.outputPercentileDistribution(out, 1.0);
        }
    }

    /** The median of the forks' values of a field, null where no fork has one. */
    private static Double medianOf(List<ResultRow> rows, Function<ResultRow, Double> field) {
        return Median.ofPresent(rows.stream().map(field).toList());
    }

    private static Long wholeMedianOf(List<ResultRow> rows, Function<ResultRow, Long> field) {
        Double median = medianOf(rows, r -> field.apply(r) == null ? null : field.apply(r).doubleValue());
        return median == null ? null : Math.round(median);
    }
}
