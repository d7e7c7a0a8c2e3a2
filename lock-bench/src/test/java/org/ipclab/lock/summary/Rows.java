package org.ipclab.lock.summary;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;

/** Hand-made lock rows, as a run would have written them, and the text a view prints for them. */
final class Rows {
    private Rows() {
    }

    static ResultRow rate(String caseName, String params, double opsPerSecond) {
        return new ResultRow("lock", caseName, Params.parse(params), "throughput", Unit.OPS_PER_S, 4, null, null, null, null, null, null,
                opsPerSecond, RowStatus.OK, null);
    }

    static ResultRow counted(String caseName, String params, String metric, double mean, long max, long runs) {
        return new ResultRow("lock", caseName, Params.parse(params), metric, Unit.COUNT, runs, mean, null, null, null, null, max,
                null, RowStatus.OK, null);
    }

    static ResultRow ratio(String caseName, String params, String metric, double mean) {
        return new ResultRow("lock", caseName, Params.parse(params), metric, Unit.RATIO, 4, mean, null, null, null, null, null, null,
                RowStatus.OK, null);
    }

    static ResultRow latency(String caseName, String params, String metric, long p50, long max, long count) {
        return new ResultRow("lock", caseName, Params.parse(params), metric, Unit.NS, count, (double) p50, p50, max, max, max, max,
                null, RowStatus.OK, null);
    }

    static ResultRow failed(String caseName, String params, String metric, String status) {
        return new ResultRow("lock", caseName, Params.parse(params), metric, Unit.NONE, 0, null, null, null, null, null, null, null,
                RowStatus.parse(status), null);
    }

    static String printed(BiConsumer<List<ResultRow>, PrintStream> view, List<ResultRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        view.accept(rows, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
