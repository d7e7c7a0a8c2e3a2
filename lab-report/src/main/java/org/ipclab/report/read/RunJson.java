package org.ipclab.report.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipclab.core.Json;

/** Reads and validates run.json (schema 1, or 2 with per-fork figures): its run facts, environment and cases. */
public final class RunJson {
    public static final Set<Integer> KNOWN_VERSIONS = Set.of(1, 2);

    /** One case as run.json lists it; {@code forks} is empty in schema 1, where the whole case is one fork. */
    public record CaseEntry(String id, String module, String caseName, String params, String status,
                            List<String> files, List<String> warnings, JsonNode rows, List<ForkRecord> forks) {
    }

    /** The run's facts: who, when, how it ended, where, and what ran. */
    public record RunInfo(String runId, String suite, String status, String start, String end, String commandLine,
                          String gitCommit, Environment environment, List<CaseEntry> cases, int forksPerCase) {
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
            throw new ResultFolderException(file, "has no schemaVersion (expected one of " + KNOWN_VERSIONS + ")");
        }
        if (!KNOWN_VERSIONS.contains(version.asInt())) {
            throw new ResultFolderException(file, "has schemaVersion " + version.asText()
                    + ", which this lab-report does not know (it reads " + KNOWN_VERSIONS + ")");
        }
        require(file, root, "runId", JsonNode::isTextual);
        require(file, root, "environment", JsonNode::isObject);
        require(file, root, "cases", JsonNode::isArray);
        List<CaseEntry> cases = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root.path("cases")) {
            cases.add(caseEntry(file, i++, c));
        }
        return new RunInfo(root.path("runId").asText(), root.path("suite").asText("?"), root.path("status").asText("?"),
                root.path("start").asText("?"), root.path("end").asText("?"), root.path("commandLine").asText(""),
                root.path("git").path("commit").asText("?") + (root.path("git").path("dirty").asBoolean() ? "+dirty" : ""),
                new Environment(root.path("environment")), List.copyOf(cases), root.path("forks").asInt(1));
    }

    private static CaseEntry caseEntry(Path file, int index, JsonNode c) {
        String where = "cases[" + index + "]";
        for (String field : List.of("id", "module", "case")) {
            if (!c.path(field).isTextual()) {
                throw new ResultFolderException(file, where + " has no '" + field + "'");
            }
        }
        JsonNode rows = c.path("rows");
        int r = 0;
        for (JsonNode row : rows) {
            for (JsonNode sample : row.path("samples")) {
                if (!sample.isNumber()) {
                    throw new ResultFolderException(file, where + ".rows[" + r + "].samples holds a non-number: " + sample);
                }
            }
            r++;
        }
        return new CaseEntry(c.path("id").asText(), c.path("module").asText(), c.path("case").asText(),
                c.path("params").asText(""), c.path("status").asText("?"), texts(c.path("files")),
                texts(c.path("warnings")), rows, ForkRecord.read(file, where, c.path("forks")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static void require(Path file, JsonNode root, String field, java.util.function.Predicate<JsonNode> ok) {
        if (!ok.test(root.path(field))) {
            throw new ResultFolderException(file, "lacks a valid '" + field + "' (truncated or damaged)");
        }
    }
}
