package org.ipclab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.Params;

/** A small but complete synthetic run of every module, with its costs scaled by {@code factor}. */
final class SampleRuns {
    private SampleRuns() {
    }

    static Path standard(Path dir, String runId, double factor) throws IOException {
        return fixture(dir, runId, factor).write();
    }

    static ResultFolderFixture fixture(Path dir, String runId, double factor) throws IOException {
        ResultFolderFixture f = new ResultFolderFixture(dir, runId);
        f.latency("calibration", "floor", Params.of("transport", "shm-line"), "rtt", 500, 8);
        for (String transport : List.of("pipe", "tcp")) {
            for (int size : new int[] {64, 1024, 65536}) {
                double base = (transport.equals("pipe") ? 20_000 : 30_000) + size * 0.5;
                f.latency("queue", "rtt", Params.of("transport", transport, "size", size), "rtt", base * factor, 12);
                f.rate("queue", "throughput", Params.of("transport", transport, "size", size), "throughput", "msgs/s",
                        spread(1_000_000 / (1 + size / 4096.0) / factor, 10));
            }
        }
        for (String strategy : List.of("synchronized", "reentrant")) {
            for (int threads : new int[] {1, 2, 4}) {
                f.rate("lock", "counter", Params.of("strategy", strategy, "threads", threads), "op", "ops/s",
                        spread(50_000_000.0 / threads / factor, 8));
            }
        }
        for (String kind : List.of("process", "thread", "virtual-thread")) {
            double ns = kind.equals("process") ? 40_000_000 : kind.equals("thread") ? 60_000 : 2_000;
            f.latency("process", "spawn", Params.of("kind", kind), "start", ns * factor, 8);
        }
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
