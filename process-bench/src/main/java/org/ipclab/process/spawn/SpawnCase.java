package org.ipclab.process.spawn;

import java.io.EOFException;
import java.time.Duration;
import java.util.List;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.KnobsCase;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.Peer;
import org.ipclab.core.PeerLauncher;
import org.ipclab.core.ResultRow;
import org.ipclab.process.Counts;
import org.ipclab.process.CreationRung;
import org.ipclab.process.ProcessCases;

/**
 * Start→exit of {@code /bin/true} under one launch mechanism. The JDK reads the mechanism once per
 * JVM, so the measurement runs in a child JVM started with that mechanism's flag; the child reports
 * the mechanism ProcessImpl really chose, and a mismatch fails the case.
 *
 * <pre>
 *   case JVM ──start(-Djdk.lang.Process.launchMechanism=X)──▶ child JVM ──spawn+wait──▶ /bin/true (×N)
 *            ◀──────── header (mechanism), then one frame per sample ────────
 * </pre>
 */
public final class SpawnCase extends KnobsCase<SpawnKnobs> {
    public static final String METRIC = "start-to-exit";
    private static final Duration CHILD_EXIT = Duration.ofSeconds(30);

    private final Counts counts;
    private final SpawnApi api;
    private final Mechanism mechanism;

    public SpawnCase(SpawnKnobs knobs) {
        super(ProcessCases.MODULE, knobs);
        this.counts = knobs.counts();
        this.api = knobs.api();
        this.mechanism = knobs.mechanism();
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        CaseResult result = new CaseResult().fact("requestedMechanism", mechanism.name())
                .fact("warmupDiscarded", counts.warmup()).fact("redirect", "pipes");
        if (!LaunchMechanismProbe.knownToThisJdk(mechanism.name()).orElse(true)) {
            return result.add(ResultRow.skipped(spec(), METRIC,
                    mechanism.param() + "-not-in-jdk" + Runtime.version().feature()));
        }
        PeerLauncher launcher = new PeerLauncher(
                List.of(mechanism.flag(), "--add-opens=java.base/java.lang=ALL-UNNAMED"));
        try (Peer child = launcher.start(SpawnRole.class, knobs.encode())) {
            SpawnHeader header = SpawnHeader.parse(SampleStream.readHeader(child.in()));
            result.fact("mechanism", header.mechanism()).fact("mechanismVerified", header.verified())
                    .fact("jdk", Runtime.version().toString());
            if (!header.supported()) {
                return result.add(ResultRow.skipped(spec(), METRIC, header.unsupportedReason()));
            }
            if (!header.mechanism().equals(mechanism.name())) {
                return result.add(ResultRow.failed(spec(), METRIC, "mechanism-mismatch"));
            }
            if (mechanism == Mechanism.VFORK && Runtime.version().feature() >= 25) {
                result.warn("VFORK is deprecated on JDK " + Runtime.version().feature() + " and will be removed");
            }
            LatencyRecorder recorder = new LatencyRecorder();
            try {
                SampleStream.readInto(child.in(), recorder);
            } catch (SampleStream.CorruptStreamException e) {
                return result.warn(e.getMessage()).add(ResultRow.failed(spec(), METRIC, "corrupt-samples"));
            } catch (EOFException e) {
                return result.add(ResultRow.failed(spec(), METRIC, "spawn-child-died"));
            }
            if (child.awaitExit(CHILD_EXIT) != 0) {
                return result.add(ResultRow.failed(spec(), METRIC, "spawn-child-failed"));
            }
            ResultRow row = context.latency(METRIC, recorder);
            CreationRung.NEW_PROCESS.addFacts(result, row);
            return result.add(row);
        }
    }
}
