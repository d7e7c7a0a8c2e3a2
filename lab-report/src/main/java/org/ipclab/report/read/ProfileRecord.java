package org.ipclab.report.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What one profiler gave for one fork, as run.json's {@code forks[].profiles} records it. */
public record ProfileRecord(String profiler, String status, List<String> files, String detail) {

    /** Folders of the run folder that hold profiles, one per kind of file. */
    public static final List<String> FOLDERS = List.of("jfr/", "gc/", "async/");

    public boolean ok() {
        return "ok".equals(status);
    }

    static List<ProfileRecord> read(JsonNode profiles) {
        List<ProfileRecord> out = new ArrayList<>();
        for (JsonNode p : profiles) {
            List<String> files = new ArrayList<>();
            p.path("files").forEach(f -> files.add(f.asText()));
            out.add(new ProfileRecord(p.path("profiler").asText("?"), p.path("status").asText("?"), List.copyOf(files),
                    p.path("detail").asText("")));
        }
        return List.copyOf(out);
    }
}
