package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.profile.ProfileOutcome;

/**
 * The run.json document (schema version {@value #SCHEMA_VERSION}); see results/README.md. Version 2 added
 * the seed, the fork count and placements of the run, and each case's {@code forks}. The runner files a
 * new one as the run goes (a case added, the run ended) and writes it whole.
 *
 * @param seed seeds the order of the cases in every round: the same seed gives the same order
 * @param forks forks asked for per case (each a fresh case JVM with fresh peers)
 * @param estimatedSeconds what the run expected to take at its start (the sum of its forks' expected times)
 * @param environment the machine, the case JVM and the floor, among others
 */
public record RunRecord(int schemaVersion, String runId, String suite, String commandLine, GitCommit git, String start,
                        String end, RunStatus status, long seed, int forks, Long estimatedSeconds, List<String> placements,
                        RunConfig config, MachineEnvironment environment, List<ConcurrentRun> concurrentRuns,
                        List<CaseEntry> cases) {
    public static final int SCHEMA_VERSION = 2;
    /** The versions this lab reads: 1 had no forks, seed or placements. */
    public static final Set<Integer> READABLE_VERSIONS = Set.of(1, SCHEMA_VERSION);

    public RunRecord {
        forks = forks == 0 ? 1 : forks; // schema 1 names no fork count: each case was one fork
        placements = listOf(placements);
        config = config == null ? RunConfig.NONE : config;
        environment = environment == null ? MachineEnvironment.NONE : environment;
        concurrentRuns = listOf(concurrentRuns);
        cases = listOf(cases);
    }

    /** A run starting now: running, with no id (its folder gives one), no cases and no estimate yet. */
    public static RunRecord starting(String suite, String commandLine, GitCommit git, String start, long seed, int forks,
                                     List<String> placements, RunConfig config, MachineEnvironment environment) {
        return new RunRecord(SCHEMA_VERSION, null, suite, commandLine, git, start, null, RunStatus.RUNNING, seed, forks, null,
                placements, config, environment, null, null);
    }

    public RunRecord withRunId(String id) {
        return new RunRecord(schemaVersion, id, suite, commandLine, git, start, end, status, seed, forks, estimatedSeconds,
                placements, config, environment, concurrentRuns, cases);
    }

    public RunRecord withEstimatedSeconds(long seconds) {
        return new RunRecord(schemaVersion, runId, suite, commandLine, git, start, end, status, seed, forks, seconds,
                placements, config, environment, concurrentRuns, cases);
    }

    public RunRecord withConfig(UnaryOperator<RunConfig> change) {
        return new RunRecord(schemaVersion, runId, suite, commandLine, git, start, end, status, seed, forks,
                estimatedSeconds, placements, change.apply(config), environment, concurrentRuns, cases);
    }

    public RunRecord withEnvironment(UnaryOperator<MachineEnvironment> change) {
        return new RunRecord(schemaVersion, runId, suite, commandLine, git, start, end, status, seed, forks,
                estimatedSeconds, placements, config, change.apply(environment), concurrentRuns, cases);
    }

    public RunRecord withConcurrentRun(ConcurrentRun other) {
        List<ConcurrentRun> seen = new ArrayList<>(concurrentRuns);
        seen.add(other);
        return new RunRecord(schemaVersion, runId, suite, commandLine, git, start, end, status, seed, forks,
                estimatedSeconds, placements, config, environment, seen, cases);
    }

    public RunRecord withCases(List<CaseEntry> newCases) {
        return new RunRecord(schemaVersion, runId, suite, commandLine, git, start, end, status, seed, forks,
                estimatedSeconds, placements, config, environment, concurrentRuns, newCases);
    }

    public RunRecord ended(RunStatus endStatus, String endTime) {
        return new RunRecord(schemaVersion, runId, suite, commandLine, git, start, endTime, endStatus, seed, forks,
                estimatedSeconds, placements, config, environment, concurrentRuns, cases);
    }

    /**
     * One case: its rows merged over every fork so far (what summary.csv shows), and each fork's own
     * figures. Warnings are every fork's, without repeats; facts are the last measured fork's.
     */
    // "case" last: the order run.json has always had.
    @JsonPropertyOrder({"id", "module", "params", "status", "seconds", "rows", "warnings", "facts", "files", "log", "forks",
        "case"})
    public record CaseEntry(String id, String module, @JsonProperty("case") String caseName, Params params, RowStatus status,
                            double seconds, List<ResultRow> rows, List<String> warnings, Map<String, Object> facts,
                            List<String> files, String log, List<ForkEntry> forks) {
        public CaseEntry {
            params = params == null ? Params.NONE : params;
            rows = listOf(rows);
            warnings = listOf(warnings);
            facts = mapOf(facts);
            files = listOf(files);
            forks = listOf(forks);
        }
    }

    /**
     * One fork of a case: a fresh case JVM with fresh peers, in one round, under one placement.
     *
     * @param floorRttNs a cache-line round trip between the same two processes just before the case, where measured
     * @param profiles one outcome per profiler the run switched on; empty without --profile
     */
    public record ForkEntry(int fork, int round, RowStatus status, double seconds, ForkPlacement placement,
                            Interference interference, Double floorRttNs, List<ResultRow> rows, List<SteadyFacts> steady,
                            List<String> warnings, Map<String, Object> facts, List<String> files, String log,
                            List<ProfileOutcome> profiles) {
        public ForkEntry {
            placement = placement == null ? ForkPlacement.NONE : placement;
            interference = interference == null ? Interference.UNKNOWN : interference;
            rows = listOf(rows);
            steady = listOf(steady);
            warnings = listOf(warnings);
            facts = mapOf(facts);
            files = listOf(files);
            profiles = listOf(profiles);
        }
    }

    /** An unmodifiable copy that keeps nulls (JSON may hold them); none for a list the file lacks. */
    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }

    static Map<String, Object> mapOf(Map<String, Object> entries) {
        return entries == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The floor the run's calibration measured; {@link Calibration#NONE} before it ran, or without it. */
    public Calibration calibration() {
        return environment.calibration() == null ? Calibration.NONE : environment.calibration();
    }

    public List<ResultRow> allRows() {
        return cases.stream().flatMap(c -> c.rows().stream()).toList();
    }
}
