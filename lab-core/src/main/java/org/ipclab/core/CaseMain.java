package org.ipclab.core;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.OptionalDouble;
import org.ipclab.core.profile.CaseProfiling;
import org.ipclab.core.profile.Profiler;
import org.ipclab.core.schema.CaseOutcome;

/**
 * Entry point of a case JVM: {@code CaseMain <suite> <case-id> <run-dir> <case-private-dir> <provider-class>}. Runs the
 * one case and writes its outcome to {@code <case-private-dir>/}{@link OutcomeFile#NAME} for the runner to file.
 */
public final class CaseMain {
    public static final String FLOOR_PROPERTY = "ipclab.floor.rtt.ns";
    /** Which fork of the case this JVM runs (1-based). */
    public static final String FORK_PROPERTY = "ipclab.fork";
    /** The id the case's files are named by: the case id, plus the placement when a run asks for several. */
    public static final String FILE_ID_PROPERTY = "ipclab.file.id";
    /** The run's private folder, which outlives each fork: what a case makes once per run goes there. */
    public static final String RUN_PRIVATE_PROPERTY = "ipclab.run.private";

    private CaseMain() {
    }

    public static void main(String[] args) throws Exception {
        ParentWatch.start();
        Suite suite = Suite.parse(args[0]);
        BenchCase benchCase = Catalog.find(suite, args[1], args[4]);
        Path runDir = Paths.get(args[2]);
        Path caseDir = Paths.get(args[3]);
        CaseContext context = new CaseContext(suite, benchCase.spec(), runDir, privateDir(caseDir), floor(),
                System.getProperty(FILE_ID_PROPERTY, benchCase.spec().id()), Integer.getInteger(FORK_PROPERTY, 1),
                Placement.current(), Profiler.current());
        CaseProfiling profiling = CaseProfiling.start(context, benchCase.profileTarget());
        CaseResult result;
        try {
            result = benchCase.run(context);
        } catch (Throwable t) {
            System.err.println("case " + benchCase.spec() + " failed:");
            t.printStackTrace();
            // A peer that died first is the cause; else what the throwable names (sigbus, no-space, …).
            String reason = context.deadPeerCause().orElseGet(() -> FailureReason.ofThrowable(t));
            result = new CaseResult().add(ResultRow.failed(benchCase.spec(), benchCase.spec().name(), reason))
                    .warn(String.valueOf(t.getMessage()));
        }
        OptionalDouble floor = context.peers().probedFloorNs();
        CaseOutcome outcome = new CaseOutcome(result.rows(), result.warnings(), result.facts(), context.files(),
                context.steadyState(), floor.isPresent() ? floor.getAsDouble() : null, profiling.finish());
        OutcomeFile.write(caseDir.resolve(OutcomeFile.NAME), outcome);
        System.out.flush();
        // exit, not return: a case may leave non-daemon threads (a stuck deadlock demo) that must not hold the JVM.
        System.exit(0);
    }

    /** The case's own private folder ({@link CaseContext#privateDir}) inside the fork's folder the runner made. */
    public static Path privateDir(Path caseDir) {
        return caseDir.resolve("tmp");
    }

    private static OptionalDouble floor() {
        String value = System.getProperty(FLOOR_PROPERTY);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
    }
}
