package org.ipclab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;

/** A small but complete synthetic run of every module, with its costs scaled by {@code factor}. */
final class SampleRuns {
    private SampleRuns() {
    }

    static Path standard(Path dir, String runId, double factor) throws IOException {
        return fixture(dir, runId, factor).write();
    }

    static ResultFolderFixture fixture(Path dir, String runId, double factor) throws IOException {
        return fill(new ResultFolderFixture(dir, runId), factor);
    }

    /** The same run in schema 2: {@code forks} forks per case scattering log-normally by {@code sd}, seeded by {@code seed}. */
    static Path forked(Path dir, String runId, double factor, int forks, double sd, long seed) throws IOException {
        return fill(new ResultFolderFixture(dir, runId).seed(seed).forks(forks, sd), factor).write();
    }

    static ResultFolderFixture fill(ResultFolderFixture f, double factor) throws IOException {
        f.latency("calibration", "floor", Params.of("transport", "shm-line"), "rtt", 500, 8);
        for (String transport : List.of("pipe", "tcp")) {
            for (int size : new int[] {64, 1024, 65536}) {
                double base = (transport.equals("pipe") ? 20_000 : 30_000) + size * 0.5;
                f.latency("queue", "rtt", Params.of("transport", transport, "size", size), "rtt", base * factor, 12);
                f.rate("queue", "throughput", Params.of("transport", transport, "size", size), "throughput", "msgs/s",
                        spread(1_000_000 / (1 + size / 4096.0) / factor, 10));
            }
        }
        for (int rate : new int[] {1_000, 10_000, 100_000}) {
            f.latency("queue", "fixed-rate", Params.of("rate", rate, "size", 64, "transport", "pipe"), "rtt",
                    (25_000 + rate / 10.0) * factor, 8);
        }
        f.row(ResultRow.overCapacity(new CaseSpec("queue", "fixed-rate", Params.of("rate", 1_000_000, "size", 64,
                "transport", "pipe")), "rtt", List.of(212_000 / factor)));
        f.rate("queue", "throughput", Params.of("transport", "pipe", "size", 64), "one-way-bytes", "bytes/s",
                spread(64_000_000 / factor, 10));
        f.row(ResultRow.failed(new CaseSpec("queue", "rtt", Params.of("transport", "fifo", "size", 64)), "rtt", "corrupt-payload"));
        for (String strategy : List.of("synchronized", "reentrant", "none")) {
            for (int threads : new int[] {1, 2, 4}) {
                CaseSpec counter = new CaseSpec("lock", "counter", Params.of("strategy", strategy, "threads", threads, "work", 0));
                f.rate("lock", "counter", counter.params(), "op", "ops/s", spread(50_000_000.0 / threads / factor, 8));
                f.row(ResultRow.counted(counter, "lost-updates", strategy.equals("none") && threads > 1
                        ? List.of(0L, 120L * threads, 40L) : List.of(0L, 0L, 0L)));
            }
        }
        f.rate("lock", "counter", Params.of("strategy", "file-lock", "processes", 2), "op", "ops/s", spread(400_000 / factor, 8));
        for (String kind : List.of("process", "thread", "virtual-thread", "jvm")) {
            double ns = kind.equals("process") ? 40_000_000 : kind.equals("thread") ? 60_000 : kind.equals("jvm") ? 9e7 : 2_000;
            f.latency("process", "spawn", Params.of("kind", kind), "start", ns * factor, 8);
        }
        f.latency("process", "pool", Params.of("kind", "thread", "size", 4), "task", 300_000 * factor, 8);
        f.latency("process", "future", Params.of("kind", "executor"), "submit-to-result", 20_000 * factor, 8);
        f.row(ResultRow.skipped(new CaseSpec("process", "thread", Params.of("kind", "virtual")), "start-to-join", "needs-jdk21"));
        return f;
    }

    /** {@code n} samples spread ±2% around {@code center}, deterministic. */
    static List<Double> spread(double center, int n) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(center * (0.98 + 0.04 * i / (n - 1)));
        }
        return out;
    }
}
