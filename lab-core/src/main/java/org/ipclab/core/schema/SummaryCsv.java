package org.ipclab.core.schema;

import java.util.List;
import java.util.Locale;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;

/** The summary.csv contract: the header, and one row per case and metric with no quoting. */
public final class SummaryCsv {
    public static final String HEADER =
            "module,case,params,metric,unit,count,mean,p50,p90,p99,p999,max,throughput,status";
    public static final int COLUMNS = HEADER.split(",").length;

    private SummaryCsv() {
    }

    public static String format(ResultRow row) {
        return String.join(",", row.module(), row.caseName(), row.params().toString(), row.metric(), row.unit().text(),
                Long.toString(row.count()), decimal(row.mean()), whole(row.p50()), whole(row.p90()),
                whole(row.p99()), whole(row.p999()), whole(row.max()), decimal(row.throughput()), row.status().toString());
    }

    public static String format(List<ResultRow> rows) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        rows.forEach(row -> text.append(format(row)).append('\n'));
        return text.toString();
    }

    /** Parses one data line; the message names what is wrong so a reader can point at the file. */
    public static ResultRow parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " fields, found " + f.length + ": " + line);
        }
        if (f[0].isEmpty() || f[1].isEmpty() || f[3].isEmpty() || f[13].isEmpty()) {
            throw new IllegalArgumentException("module, case, metric and status must not be empty: " + line);
        }
        return new ResultRow(f[0], f[1], Params.parse(f[2]), f[3], Unit.parse(f[4]), Long.parseLong(f[5]), parseDecimal(f[6]),
                parseWhole(f[7]), parseWhole(f[8]), parseWhole(f[9]), parseWhole(f[10]), parseWhole(f[11]),
                parseDecimal(f[12]), RowStatus.parse(f[13]), null);
    }

    private static String decimal(Double value) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String whole(Long value) {
        return value == null ? "" : Long.toString(value);
    }

    private static Double parseDecimal(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    private static Long parseWhole(String text) {
        return text.isEmpty() ? null : Long.valueOf(text);
    }
}
