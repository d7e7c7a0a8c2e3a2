package org.ipclab.report.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.ResultRow;

/** Reads summary.csv, refusing a wrong header or a damaged row and naming the file and line. */
public final class SummaryCsv {
    public static final String HEADER = org.ipclab.core.schema.SummaryCsv.HEADER;

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
        try {
            return org.ipclab.core.schema.SummaryCsv.parse(line);
        } catch (IllegalArgumentException e) {
            throw new ResultFolderException(file, "line " + lineNo + " is damaged or truncated (" + e.getMessage() + ")");
        }
    }
}
