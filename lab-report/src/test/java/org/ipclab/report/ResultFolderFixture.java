package org.ipclab.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.StringJoiner;
import org.HdrHistogram.Histogram;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Json;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.core.schema.Unit;
import org.ipclab.report.read.SummaryCsv;

/**
 * Writes small synthetic result folders in the runner's format, with deterministic data: schema 1, or
 * schema 2 once {@link #forks} is set, where each case also gets that many forks, each shifted by its own
 * log-normal fork effect, with per-fork samples.
 */
final class ResultFolderFixture {
    private final Path dir;
    private final String runId;
    private final ObjectNode environment = Json.MAPPER.createObjectNode();
    private final ArrayNode cases = Json.MAPPER.createArrayNode();
    private final List<ResultRow> rows = new ArrayList<>();
    private long seed = 42;
    private int forks;
    private double forkSd;
    private List<String> placements = List.of("same");
    private int failedForks;
    private final java.util.Map<Integer, Double> forkFactors = new java.util.HashMap<>();
    private final java.util.Set<Integer> disturbedForks = new java.util.HashSet<>();
    private String interleavedWith;

    ResultFolderFixture(Path dir, String runId) {
        this.dir = dir;
        this.runId = runId;
        environment.put("hostname", "testhost").put("os", "Linux").put("kernel", "6.1.0").put("arch", "amd64")
                .put("cpuModel", "Test CPU @ 2.60GHz").put("logicalCpus", 2).put("physicalCpus", 2)
                .put("memoryBytes", 25_000_000_000L).put("virtualization", "kvm").putNull("cpuGovernor")
                .put("pinning", "none");
        ObjectNode jvm = environment.putObject("jvm");
        jvm.put("vendor", "Eclipse Adoptium").put("version", "17.0.15").put("vmName", "OpenJDK 64-Bit Server VM")
                .put("launchMechanism", "POSIX_SPAWN");
        jvm.putArray("inputArguments").add("-Xmx1g");
        jvm.putArray("gc").add("G1");
        environment.putObject("calibration").put("floorRttP50Ns", 500).put("floorRttP99Ns", 900)
                .put("nanoTimeNs", 25.0).put("recordNs", 6.0);
    }

    ObjectNode environment() {
        return environment;
    }

    /** Schema 2 with {@code n} forks per case whose centres scatter log-normally with {@code sd}. */
    ResultFolderFixture forks(int n, double sd) {
        this.forks = n;
        this.forkSd = sd;
        return this;
    }

    /** The observed placement of fork i (1-based) is {@code list[(i - 1) % size]}. */
    ResultFolderFixture placements(String... list) {
        this.placements = List.of(list);
        return this;
    }

    /** Fork {@code fork} (1-based) of every case runs {@code factor} times as costly, e.g. on a far core. */
    ResultFolderFixture forkFactor(int fork, double factor) {
        forkFactors.put(fork, factor);
        return this;
    }

    /** That many more forks per case failed. */
    /** Flags fork {@code fork} (1-based) as disturbed, with the interference figures that flag it. */
    ResultFolderFixture disturbedFork(int fork) {
        disturbedForks.add(fork);
        return this;
    }

    ResultFolderFixture failedForks(int n) {
        this.failedForks = n;
        return this;
    }

    /** One side of a two-sided run whose other side is the run {@code otherRunId}: fork i of both ran in round i. */
    ResultFolderFixture interleavedWith(String otherRunId) {
        this.interleavedWith = otherRunId;
        return this;
    }

    ResultFolderFixture seed(long newSeed) {
        this.seed = newSeed;
        return this;
    }

    /** A latency case: {@code intervals} intervals of 2000 samples, each spread ±10% around {@code centerNs}. */
    ResultFolderFixture latency(String module, String name, Params params, String metric, double centerNs,
                                int intervals) throws IOException {
        CaseSpec spec = new CaseSpec(module, name, params);
        Random random = new Random(seed++);
        List<LatencyRecorder.Interval> list = new ArrayList<>();
        for (int i = 0; i < intervals; i++) {
            Histogram h = new Histogram(3);
            double shift = 1 + (random.nextDouble() - 0.5) * 0.04;
            for (int s = 0; s < 2000; s++) {
                double tail = s % 100 == 0 ? 3 + random.nextDouble() * 5 : 1;
                h.recordValue(Math.round(centerNs * shift * (0.9 + random.nextDouble() * 0.2) * tail));
            }
            list.add(new LatencyRecorder.Interval(1_000_000L + i * 250L, 1_000_250L + i * 250L, h));
        }
        CaseContext context = new CaseContext(Suite.SMOKE, spec, dir, dir.resolve("private"), OptionalDouble.of(500));
        ResultRow row = context.latency(metric, list);
        addCase(spec, row, context.files());
        return this;
    }

    /** A rate case whose per-iteration samples are given. */
    ResultFolderFixture rate(String module, String name, Params params, String metric, String unit,
                             List<Double> samples) {
        CaseSpec spec = new CaseSpec(module, name, params);
        addCase(spec, ResultRow.throughput(spec, metric, Unit.parse(unit), samples), List.of());
        return this;
    }

    /** Any other row (counted, skipped, failed), added to its case as the runner would. */
    ResultFolderFixture row(ResultRow row) {
        addCase(row.spec(), row, List.of());
        return this;
    }

    private void addCase(CaseSpec spec, ResultRow row, List<String> files) {
        rows.add(row);
        ObjectNode c = null;
        for (var existing : cases) {
            if (existing.path("id").asText().equals(spec.id())) {
                c = (ObjectNode) existing;
            }
        }
        if (c == null) {
            c = cases.addObject();
            c.put("id", spec.id()).put("module", spec.module()).put("case", spec.name())
                    .put("params", spec.params().toString()).put("status", row.status().toString()).put("seconds", 1.0);
            c.putArray("rows");
            c.putArray("warnings");
            c.putArray("files");
        }
        ObjectNode r = ((ArrayNode) c.get("rows")).addObject();
        r.put("metric", row.metric()).put("unit", row.unit().text()).put("count", row.count());
        ArrayNode samples = r.putArray("samples");
        if (row.unit() != Unit.NS) {
            row.samples().forEach(samples::add);
        }
        ArrayNode f = (ArrayNode) c.get("files");
        files.forEach(f::add);
        if (forks > 0 && row.ok()) {
            addForks(c, row);
        }
    }

    private void addForks(ObjectNode c, ResultRow row) {
        ArrayNode list = c.has("forks") ? (ArrayNode) c.get("forks") : c.putArray("forks");
        Random random = new Random(seed++);
        for (int i = 1; i <= forks + failedForks; i++) {
            ObjectNode fork = list.size() >= i ? (ObjectNode) list.get(i - 1) : newFork(list, i);
            if (i > forks) {
                continue;
            }
            double factor = Math.exp(forkSd * random.nextGaussian()) * forkFactors.getOrDefault(i, 1.0);
            ObjectNode r = ((ArrayNode) fork.get("rows")).addObject();
            r.put("module", row.module()).put("case", row.caseName()).put("params", row.params().toString()).put("metric", row.metric())
                    .put("unit", row.unit().text()).put("count", row.count()).put("status", row.status().toString());
            ArrayNode samples = r.putArray("samples");
            if (row.unit() == Unit.NS) {
                double p50 = row.p50() * factor;
                r.put("p50", Math.round(p50)).put("p99", Math.round(row.p99() * factor)).put("mean", row.mean() * factor);
                for (int s = 0; s < 20; s++) {
                    samples.add(p50 * (1 + 0.03 * random.nextGaussian()));
                }
            } else {
                if (row.throughput() != null) {
                    r.put("throughput", row.throughput() / factor);
                    row.samples().forEach(v -> samples.add(v / factor));
                } else if (row.mean() != null) {
                    r.put("mean", row.mean() * factor);
                    row.samples().forEach(v -> samples.add(v * factor));
                }
            }
        }
    }

    private ObjectNode newFork(ArrayNode list, int i) {
        ObjectNode fork = list.addObject();
        fork.put("fork", i).put("round", i).put("status", i > forks ? "failed:timeout" : "ok").put("seconds", 1.0);
        fork.putObject("placement").put("requested", "os").put("observed", placements.get((i - 1) % placements.size()));
        boolean disturbed = disturbedForks.contains(i);
        fork.putObject("interference").put("stealPct", 0.0).put("otherCpuPct", disturbed ? 60.0 : 1.0)
                .put("involuntarySwitches", 10).put("disturbed", disturbed);
        fork.putArray("rows");
        fork.putArray("steady");
        fork.putArray("warnings");
        return fork;
    }

    Path write() throws IOException {
        Files.createDirectories(dir);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", forks > 0 ? 2 : 1).put("runId", runId).put("suite", "smoke").put("commandLine", "run-suite.sh smoke")
                .put("start", "2026-11-25T15:30:00Z").put("end", "2026-11-25T15:31:00Z").put("status", "complete");
        root.putObject("git").put("commit", "abc123").put("dirty", false);
        if (forks > 0) {
            root.put("seed", seed).put("forks", forks + failedForks).putArray("placements").add("os");
        }
        if (interleavedWith != null) {
            root.putObject("config").put("interleavedWith", interleavedWith);
        }
        root.set("environment", environment);
        root.set("cases", cases);
        Files.writeString(dir.resolve("run.json"), Json.MAPPER.writeValueAsString(root));
        StringBuilder csv = new StringBuilder(SummaryCsv.HEADER).append('\n');
        for (ResultRow r : rows) {
            StringJoiner j = new StringJoiner(",");
            for (Object v : new Object[] {r.module(), r.caseName(), r.params(), r.metric(), r.unit(), r.count(),
                    r.mean(), r.p50(), r.p90(), r.p99(), r.p999(), r.max(), r.throughput(), r.status()}) {
                j.add(v == null ? "" : String.valueOf(v));
            }
            csv.append(j).append('\n');
        }
        Files.writeString(dir.resolve("summary.csv"), csv);
        return dir;
    }
}
