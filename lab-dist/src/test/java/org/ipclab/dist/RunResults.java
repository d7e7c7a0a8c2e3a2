package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.Json;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.SummaryCsv;

/** A finished (or interrupted) run folder as the tests read it: run.json and summary.csv, checked against each other. */
record RunResults(Path dir, JsonNode runJson, List<ResultRow> rows) {

    static RunResults read(Path dir) throws IOException {
        JsonNode runJson = Json.MAPPER.readTree(dir.resolve("run.json").toFile());
        List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals(SummaryCsv.HEADER, lines.get(0));
        List<ResultRow> rows = lines.subList(1, lines.size()).stream().map(SummaryCsv::parse).toList();
        int rowsInJson = 0;
        for (JsonNode entry : runJson.get("cases")) {
            rowsInJson += entry.get("rows").size();
        }
        assertEquals(rowsInJson, rows.size(), "summary.csv must hold every row of run.json's cases");
        return new RunResults(dir, runJson, rows);
    }

    String status() {
        return runJson.get("status").asText();
    }

    /** The rows of the case whose {@code module/case/params} key contains {@code key}. */
    List<ResultRow> rowsOf(String key) {
        List<ResultRow> found = rows.stream().filter(r -> r.spec().key().contains(key)).toList();
        assertTrue(!found.isEmpty(), "no rows for " + key + " in " + dir);
        return found;
    }

    /** The case's status as the runner filed it (the first row that is not ok, else ok). */
    String caseStatus(String key) {
        return ResultRow.firstProblem(rowsOf(key)).orElse(RowStatus.OK).toString();
    }

    /** The run.json entry of the one case whose {@code module/case/params} key contains {@code key}. */
    JsonNode caseEntry(String key) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode entry : runJson.get("cases")) {
            String entryKey = entry.get("module").asText() + "/" + entry.get("case").asText() + "/"
                    + entry.get("params").asText();
            if (entryKey.contains(key)) {
                found.add(entry);
            }
        }
        assertEquals(1, found.size(), "one case entry for " + key + " in " + dir + ": " + found);
        return found.get(0);
    }

    /** Cases filed, by module/case/params key. */
    List<String> caseKeys() {
        return rows.stream().map(r -> r.spec().key()).distinct().toList();
    }
}
