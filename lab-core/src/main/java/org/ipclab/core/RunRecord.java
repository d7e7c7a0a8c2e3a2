package org.ipclab.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run.json document (schema version {@value #SCHEMA_VERSION}); see results/README.md. */
public final class RunRecord {
    public static final int SCHEMA_VERSION = 1;

    public int schemaVersion = SCHEMA_VERSION;
    public String runId;
    public String suite;
    public String commandLine;
    public Map<String, Object> git = new LinkedHashMap<>();
    public String start;
    public String end;
    public String status = "running";
    public Map<String, Object> config = new LinkedHashMap<>();
    public Map<String, Object> environment = new LinkedHashMap<>();
    public List<CaseEntry> cases = new ArrayList<>();

    /** One finished case: its rows and everything a reader needs to trust them. */
    public static final class CaseEntry {
        public String id;
        public String module;
        @JsonProperty("case")
        public String caseName;
        public String params;
        public String status;
        public double seconds;
        public List<ResultRow> rows = new ArrayList<>();
        public List<String> warnings = new ArrayList<>();
        public Map<String, Object> facts = new LinkedHashMap<>();
        public List<String> files = new ArrayList<>();
        public String log;
    }

    public List<ResultRow> allRows() {
        return cases.stream().flatMap(c -> c.rows.stream()).toList();
    }
}
