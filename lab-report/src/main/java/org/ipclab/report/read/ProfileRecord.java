package org.ipclab.report.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipclab.core.Json;
import org.ipclab.core.profile.ProfileOutcome;
import org.ipclab.core.run.Format;

/**
 * What one profiler gave for one fork, as run.json's {@code forks[].profiles} records it; {@code figures}
 * in words, e.g. {@code PS Scavenge: 2 in 5 ms} or {@code gc.alloc.rate.norm: 5.12 B/op}.
 */
public record ProfileRecord(String profiler, String status, List<String> files, String detail, String figures) {

    /** Folders of the run folder that hold profiles, one per kind of file. */
    public static final List<String> FOLDERS = List.of("jfr/", "gc/", "async/");

    public boolean ok() {
        return "ok".equals(status);
    }

    static List<ProfileRecord> of(List<ProfileOutcome> profiles) {
        List<ProfileRecord> out = new ArrayList<>();
        for (ProfileOutcome p : profiles) {
            out.add(new ProfileRecord(p.profiler == null ? "?" : p.profiler, p.status == null ? "?" : p.status,
                    p.files == null ? List.of() : List.copyOf(p.files), p.detail == null ? "" : p.detail,
                    figures(Json.MAPPER.valueToTree(p.figures == null ? Map.of() : p.figures))));
        }
        return List.copyOf(out);
    }

    private static String figures(JsonNode figures) {
        List<String> words = new ArrayList<>();
        figures.fields().forEachRemaining(e -> {
            JsonNode f = e.getValue();
            if (f.has("count") && f.has("timeMs")) {
                words.add(e.getKey() + ": " + f.path("count").asLong() + " in " + f.path("timeMs").asLong() + " ms");
            } else if (f.has("score")) {
                words.add((e.getKey() + ": " + Format.significant(f.path("score").asDouble(), 3) + " "
                        + f.path("unit").asText("")).strip());
            }
        });
        return String.join("; ", words);
    }
}
