package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's configuration as run.json's {@code config} holds it (and the runner prints it). A field an older
 * file lacks stays absent when written again, and keys this lab does not know are kept.
 *
 * @param cases the --cases pattern
 * @param pin the taskset CPU list, {@link NullOrAbsent}: null without --pin
 * @param peerHost the responder's address, {@link NullOrAbsent}: null without --peer-host
 * @param profile what --profile switched on
 * @param caseTimeout the one limit for every case, or how each case's own is derived
 * @param redoDisturbed how many rounds after the last could redo disturbed forks (--redo-disturbed; absent before it)
 * @param side A or B when one run measured two JVM configurations fork by fork (--vs-java, --vs-jvm-arg); absent otherwise
 * @param interleavedWith the run id of the other side's folder of such a run; absent otherwise
 * @param others keys this lab does not write, from older or newer run.json files
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunConfig(String suite, String cases, String out, String java, JsonNode pin, Integer forks, Long seed,
                        List<String> placements, Boolean exclusive, List<String> jvmArgs, JsonNode peerHost,
                        List<String> profile, String caseTimeout, Integer redoDisturbed, String side, String interleavedWith,
                        @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.ALWAYS)
                        Map<String, Object> others) {
    public static final RunConfig NONE = new RunConfig(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    public RunConfig {
        others = others == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(others));
    }

    /** This configuration as side {@code label} of a run whose other side was filed as run {@code otherRunId}. */
    public RunConfig interleaved(String label, String otherRunId) {
        return new RunConfig(suite, cases, out, java, pin, forks, seed, placements, exclusive, jvmArgs, peerHost, profile,
                caseTimeout, redoDisturbed, label, otherRunId, others);
    }
}
