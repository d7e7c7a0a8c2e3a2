package org.ipclab.report.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.Json;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord;

/** Reads and validates run.json (schema 1, or 2 with per-fork figures): its run facts, environment and cases. */
public final class RunJson {
    private static final String UNKNOWN = "?";

    /**
     * One case as run.json lists it; {@code forks} is empty in schema 1, where the whole case is one fork.
     *
     * @param status null in a case a run.json did not file a status for
     */
    public record CaseEntry(String id, String module, String caseName, Params params, RowStatus status,
                            List<String> files, List<String> warnings, List<ResultRow> rows, List<ForkRecord> forks) {
    }

    /**
     * The run's facts: who, when, how it ended, where, and what ran.
     *
     * @param interleavedWith the run id of the folder this run's forks alternated with in one two-sided run, or null
     */
    public record RunInfo(String runId, String suite, String status, String start, String end, String commandLine,
                          String gitCommit, Environment environment, List<CaseEntry> cases, int forksPerCase,
                          String interleavedWith) {
    }

    private RunJson() {
    }

    public static RunInfo read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new ResultFolderException(file, "is truncated or not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new ResultFolderException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ResultFolderException(file, "is empty or not a JSON object");
        }
        JsonNode version = root.path("schemaVersion");
        if (!version.canConvertToInt()) {
            throw new ResultFolderException(file, "has no schemaVersion (expected one of " + RunRecord.READABLE_VERSIONS + ")");
        }
        if (!RunRecord.READABLE_VERSIONS.contains(version.asInt())) {
            throw new ResultFolderException(file, "has schemaVersion " + version.asText()
                    + ", which this lab-report does not know (it reads " + RunRecord.READABLE_VERSIONS + ")");
        }
        require(file, root, "runId", JsonNode::isTextual);
        require(file, root, "environment", JsonNode::isObject);
        require(file, root, "cases", JsonNode::isArray);
        int i = 0;
        for (JsonNode c : root.path("cases")) {
            checkCase(file, i++, c);
        }
        RunRecord record;
        try {
            record = Json.MAPPER.treeToValue(root, RunRecord.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ResultFolderException(file, "does not match run.json's schema (" + e.getMessage() + ")", e);
        }
        List<CaseEntry> cases = new ArrayList<>();
        for (RunRecord.CaseEntry c : record.cases()) {
            cases.add(new CaseEntry(c.id(), c.module(), c.caseName(), c.params(), c.status(), c.files(), c.warnings(),
                    c.rows(), ForkRecord.of(c.forks(), record.runId(), record.config().interleavedWith())));
        }
        String status = record.status() == null ? UNKNOWN : record.status().word();
        return new RunInfo(record.runId(), orUnknown(record.suite()), status, orUnknown(record.start()),
                orUnknown(record.end()), record.commandLine() == null ? "" : record.commandLine(),
                record.git() == null ? UNKNOWN : record.git().label(),
                new Environment(record.environment()), List.copyOf(cases),
                record.forks(), record.config().interleavedWith());
    }

    /** What a reader needs of each case before the types take it: the fields a case is found by, numeric samples. */
    private static void checkCase(Path file, int index, JsonNode c) {
        String where = "cases[" + index + "]";
        for (String field : List.of("id", "module", "case")) {
            if (!c.path(field).isTextual()) {
                throw new ResultFolderException(file, where + " has no '" + field + "'");
            }
        }
        int r = 0;
        for (JsonNode row : c.path("rows")) {
            checkSamples(file, where + ".rows[" + r++ + "]", row);
        }
        int k = 0;
        for (JsonNode f : c.path("forks")) {
            String at = where + ".forks[" + k++ + "]";
            if (!f.path("fork").canConvertToInt() || !f.path("status").isTextual()) {
                throw new ResultFolderException(file, at + " lacks 'fork' or 'status'");
            }
            for (JsonNode row : f.path("rows")) {
                checkSamples(file, at + ".rows", row);
            }
        }
    }

    private static void checkSamples(Path file, String where, JsonNode row) {
        for (JsonNode sample : row.path("samples")) {
            if (!sample.isNumber()) {
                throw new ResultFolderException(file, where + ".samples holds a non-number: " + sample);
            }
        }
    }

    private static String orUnknown(String text) {
        return text == null ? UNKNOWN : text;
    }

    private static void require(Path file, JsonNode root, String field, java.util.function.Predicate<JsonNode> ok) {
        if (!ok.test(root.path(field))) {
            throw new ResultFolderException(file, "lacks a valid '" + field + "' (truncated or damaged)");
        }
    }
}
