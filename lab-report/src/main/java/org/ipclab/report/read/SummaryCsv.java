package org.ipclab.report.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.ResultRow;

/** Reads summary.csv, refusing a wrong header, a row with the wrong number of fields or a non-number. */
public final class SummaryCsv {
    public static final String HEADER = "module,case,params,metric,unit,count,mean,p50,p90,p99,p999,max,throughput,status";
    private static final int FIELDS = HEADER.split(",").length;

    private SummaryCsv() {
    }

    public static List<ResultRow> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultFolderException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new ResultFolderException(file, "wrong header: expected '" + HEADER + "', found '"
                    + (lines.isEmpty() ? "" : lines.get(0)) + "'");
        }
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                rows.add(parse(file, i + 1, line));
            }
        }
        return rows;
    }

    private static ResultRow parse(Path file, int lineNo, String line) {
        String[] f = line.split(",", -1);
        if (f.length != FIELDS) {
            throw new ResultFolderException(file, "line " + lineNo + " has " + f.length + " fields, expected "
                    + FIELDS + " (truncated or damaged)");
        }
        try {
            if (f[0].isEmpty() || f[1].isEmpty() || f[3].isEmpty() || f[13].isEmpty()) {
                throw new NumberFormatException("module, case, metric and status must not be empty");
            }
            return new ResultRow(f[0], f[1], f[2], f[3], f[4], lng(f[5]) == null ? 0 : lng(f[5]), dbl(f[6]), lng(f[7]), lng(f[8]),
                    lng(f[9]), lng(f[10]), lng(f[11]), dbl(f[12]), f[13], null);
        } catch (NumberFormatException e) {
            throw new ResultFolderException(file, "line " + lineNo + " is damaged (" + e.getMessage() + ")");
        }
    }

    private static Double dbl(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static Long lng(String s) {
        // Whole numbers, whether written as 21000 or 21000.0.
        return s.isEmpty() ? null : Math.round(Double.parseDouble(s));
    }
}
