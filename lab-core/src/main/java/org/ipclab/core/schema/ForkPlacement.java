package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a fork's processes ran (run.json's {@code forks[].placement}): the placement asked for and the one
 * seen, with the first and last CPU of the rig and its peer and the number of paired samples.
 *
 * @param observed same, cross, mixed (a rig and a peer), single (a rig alone) or unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForkPlacement(String requested, String observed, List<Integer> rigCpus, List<Integer> peerCpus,
                            Integer samples) {
    /** A fork that was not watched (not started, or an old run). */
    public static final ForkPlacement NONE = new ForkPlacement(null, null, null, null, null);

    /** The placement that counts for comparing rows: a pinned fork's requested one, else where it was seen to run. */
    public String effective() {
        return requested != null && !"os".equals(requested) ? requested : String.valueOf(observed);
    }
}
