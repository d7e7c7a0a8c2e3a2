package org.ipclab.lock.summary;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.ipclab.core.ResultRow;

/** Hand-made lock rows, as a run would have written them, and the text a view prints for them. */
final class Rows {
    private Rows() {
    }

    static ResultRow rate(String caseName, String params, double opsPerSecond) {
        return new ResultRow("lock", caseName, params, "throughput", "ops/s", 4, null, null, null, null, null, null,
                opsPerSecond, ResultRow.OK, null);
    }

    static ResultRow counted(String caseName, String params, String metric, double mean, long max, long runs) {
        return new ResultRow("lock", caseName, params, metric, "count", runs, mean, null, null, null, null, max,
                null, ResultRow.OK, null);
    }

    static ResultRow ratio(String caseName, String params, String metric, double mean) {
        return new ResultRow("lock", caseName, params, metric, "ratio", 4, mean, null, null, null, null, null, null,
                ResultRow.OK, null);
    }

    static ResultRow latency(String caseName, String params, String metric, long p50, long max, long count) {
        return new ResultRow("lock", caseName, params, metric, "ns", count, (double) p50, p50, max, max, max, max,
                null, ResultRow.OK, null);
    }

    static ResultRow failed(String caseName, String params, String metric, String status) {
        return new ResultRow("lock", caseName, params, metric, "", 0, null, null, null, null, null, null, null,
                status, null);
    }

    static String printed(BiConsumer<List<ResultRow>, PrintStream> view, List<ResultRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        view.accept(rows, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
