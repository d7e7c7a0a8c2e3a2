package org.ipclab.report.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.Calibration;
import org.ipclab.report.read.MeasuredRow.SampleSource;
import org.ipclab.report.read.RunJson.CaseEntry;
import org.ipclab.report.read.RunJson.RunInfo;

/**
 * A validated result folder: run.json, summary.csv and every .hlog it lists, read whole before anything
 * is written, so a damaged folder is refused with a message naming the file.
 */
public record RunFolder(Path dir, RunInfo info, List<MeasuredRow> rows, Map<String, Path> dataFiles) {

    public static RunFolder read(Path dir) {
        if (!Files.exists(dir)) {
            throw new ResultFolderException(dir, "no such result folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new ResultFolderException(dir, "is a file; expected a result folder (holding run.json and summary.csv)");
        }
        Path runJson = existing(dir.resolve("run.json"));
        Path summary = existing(dir.resolve("summary.csv"));
        RunInfo info = RunJson.read(runJson);
        List<ResultRow> summaryRows = SummaryCsv.read(summary);

        Map<String, Path> dataFiles = new LinkedHashMap<>();
        dataFiles.put("run.json", runJson);
        dataFiles.put("summary.csv", summary);
        Map<String, CaseEntry> cases = new HashMap<>();
        Map<String, HdrLog> logs = new HashMap<>();
        for (CaseEntry c : info.cases()) {
            cases.put(c.module() + "/" + c.caseName() + "/" + c.params(), c);
            for (String name : c.files()) {
                Path file = dir.resolve(name).normalize();
                if (!file.startsWith(dir.normalize())) {
                    throw new ResultFolderException(runJson, "lists a file outside the folder: " + name);
                }
                dataFiles.put(name, existing(file));
                if (name.endsWith(".hlog")) {
                    HdrLog log = HdrLog.read(file, HdrLog.metricOf(c.id(), file.getFileName().toString()));
                    logs.merge(c.id(), log, HdrLog::plus);
                }
            }
        }
        addJmhFiles(dir, dataFiles);
        addProfileFiles(dir, info, dataFiles);

        List<MeasuredRow> rows = new ArrayList<>();
        for (ResultRow r : summaryRows) {
            CaseEntry entry = cases.get(r.module() + "/" + r.caseName() + "/" + r.params());
            String caseId = entry != null ? entry.id() : r.spec().id();
            rows.add(measured(r, caseId, entry, logs.get(caseId)));
        }
        return new RunFolder(dir, info, List.copyOf(rows), dataFiles);
    }

    private static MeasuredRow measured(ResultRow r, String caseId, CaseEntry entry, HdrLog log) {
        List<Double> samples = entry == null ? List.of() : jsonSamples(entry.rows(), r.metric());
        SampleSource source = samples.isEmpty() ? SampleSource.NONE : SampleSource.ITERATIONS;
        Optional<org.HdrHistogram.Histogram> distribution = Optional.empty();
        if (log != null && r.unit().latency() && !log.intervals(r.metric()).isEmpty()) {
            distribution = Optional.of(log.total(r.metric()));
            if (samples.isEmpty()) {
                samples = log.intervalMedians(r.metric());
                source = samples.isEmpty() ? SampleSource.NONE : SampleSource.INTERVALS;
            }
        }
        return new MeasuredRow(r, caseId, samples, source, distribution, entry == null ? List.of() : entry.forks());
    }

    private static List<Double> jsonSamples(List<ResultRow> rows, String metric) {
        return rows.stream().filter(row -> metric.equals(row.metric())).findFirst().map(ResultRow::samples).orElse(List.of());
    }

    private static void addJmhFiles(Path dir, Map<String, Path> dataFiles) {
        Path jmh = dir.resolve("jmh");
        if (Files.isDirectory(jmh)) {
            try (var files = Files.list(jmh)) {
                files.filter(f -> f.toString().endsWith(".json")).sorted()
                        .forEach(f -> dataFiles.put("jmh/" + f.getFileName(), f));
            } catch (java.io.IOException e) {
                throw new ResultFolderException(jmh, "cannot be listed (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * The profiles' files (jfr/, gc/, async/) that are there: a profile is an aid to reading the run, not
     * part of its results, so one that is missing is left out rather than refusing the folder.
     */
    private static void addProfileFiles(Path dir, RunInfo info, Map<String, Path> dataFiles) {
        info.cases().stream().flatMap(c -> c.forks().stream()).flatMap(f -> f.profiles().stream())
                .flatMap(p -> p.files().stream()).filter(name -> ProfileRecord.FOLDERS.stream().anyMatch(name::startsWith))
                .forEach(name -> {
                    Path file = dir.resolve(name).normalize();
                    if (file.startsWith(dir.normalize()) && Files.isRegularFile(file)) {
                        dataFiles.put(name, file);
                    }
                });
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ResultFolderException(file, "is missing");
        }
        return file;
    }

    public Environment environment() {
        return info.environment();
    }

    public String runId() {
        return info.runId();
    }

    /** The calibrated floor (median cache-line RTT between two JVMs), from the environment or the calibration row. */
    public java.util.OptionalDouble floorRttNs() {
        var fromEnv = environment().floorRttP50Ns();
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        return rows.stream().filter(m -> m.row().module().equals(Calibration.MODULE) && m.row().caseName().equals("floor")
                        && m.row().p50() != null)
                .mapToDouble(m -> m.row().p50()).findFirst();
    }
}
