package org.ipclab.core.run;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ipclab.core.BenchCase;
import org.ipclab.core.Json;
import org.ipclab.core.Placement;
import org.ipclab.core.Suite;
import org.ipclab.core.remote.RemotePeer;
import org.ipclab.core.profile.Profiler;
import org.ipclab.core.schema.NullOrAbsent;
import org.ipclab.core.schema.RunConfig;

/**
 * The run's whole configuration in one object, validated before anything is written and printed at
 * the start of the run (and stored in run.json).
 *
 * @param java     the launcher that runs the case JVMs
 * @param pinCpus  a taskset CPU list for the case JVMs and their peers, or null for no pinning
 * @param caseTimeout  one limit for every case, or null for each case's own (from its expected time)
 * @param home     the lab's checkout, for the git commit
 * @param forks    how many times each case runs, each time in a fresh case JVM with fresh peers
 * @param redoDisturbed  how many rounds after the last may redo forks disturbed by steal or other processes (0: none)
 * @param seed     seeds the order of the cases in every round
 * @param placements  where placeable cases put their rig and peer; one set of forks per placement
 * @param exclusive  wait until no other run measures on this machine, and make later runs wait for this one
 * @param jvmArgs  the user's flags for every case JVM (and so its peers and JMH forks), after the standard ones
 * @param peerHost a responder on another host for the tcp cases' peer= rows, or null
 * @param peerEnvironment what that responder said of its host and JVM when the run checked it, or null
 * @param profilers  what {@code --profile} switched on for every fork (empty: none)
 */
public record LabConfig(Suite suite, Pattern cases, Path out, Path java, String pinCpus, Duration caseTimeout,
                        Path home, String commandLine, int forks, int redoDisturbed, long seed, List<Placement> placements,
                        boolean exclusive, List<String> jvmArgs, RemotePeer peerHost,
                        Map<String, Object> peerEnvironment, Set<Profiler> profilers) {

    /** How much longer than its expected time a case may take before it is killed. */
    public static final int TIMEOUT_FACTOR = 4;
    public static final int TIMEOUT_MARGIN_SECONDS = 60;

    public RunConfig describe() {
        return new RunConfig(suite.label(), cases.pattern(), out.toString(), java.toString(), NullOrAbsent.of(pinCpus),
                forks, seed, placements.stream().map(Placement::label).toList(), exclusive, jvmArgs,
                NullOrAbsent.of(peerHost == null ? null : peerHost.address().toString()), profilerLabels(),
                caseTimeout != null ? caseTimeout.toSeconds() + " s"
                        : TIMEOUT_FACTOR + " x expected + " + TIMEOUT_MARGIN_SECONDS + " s", redoDisturbed, null, null, null);
    }

    /** The same run on another launcher with other flags: the configuration a run's forks are compared with. */
    public LabConfig withJvm(Path otherJava, List<String> otherJvmArgs) {
        return new LabConfig(suite, cases, out, otherJava, pinCpus, caseTimeout, home, commandLine, forks, redoDisturbed, seed,
                placements, exclusive, List.copyOf(otherJvmArgs), peerHost, peerEnvironment, profilers);
    }

    /** The profilers' names, as run.json's environment and config list them. */
    public List<String> profilerLabels() {
        return profilers.stream().map(Profiler::label).toList();
    }

    /** How long the case may run before its process tree is killed and it is filed as failed:timeout. */
    public Duration timeout(BenchCase benchCase) {
        return caseTimeout != null ? caseTimeout
                : benchCase.expected().multipliedBy(TIMEOUT_FACTOR).plusSeconds(TIMEOUT_MARGIN_SECONDS);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("configuration:\n");
        // The same keys and values run.json's config holds.
        Map<String, Object> described = Json.MAPPER.convertValue(describe(),
                new TypeReference<LinkedHashMap<String, Object>>() { });
        described.forEach((k, v) -> text.append(String.format("  %-12s %s%n", k, v == null ? "-" : v)));
        return text.toString();
    }
}
