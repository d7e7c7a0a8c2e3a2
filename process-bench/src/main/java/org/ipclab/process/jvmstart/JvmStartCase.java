package org.ipclab.process.jvmstart;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
 * Starts a child JVM (same JDK, class path and flags as this one) again and again: time from
 * {@code start} until its handshake line arrives, and until it has exited, with class-data sharing
 * left on (the JDK default) or turned off with {@code -Xshare:off}. The child's reply says whether
 * sharing was really in use: sharing off when asked for is {@code skipped:cds-unavailable} (a JDK
 * without an archive), sharing on when turned off fails the case.
 */
public final class JvmStartCase extends KnobsCase<JvmStartKnobs> {
    static final String HANDSHAKE = "start-to-handshake";
    public static final String EXIT = "start-to-exit";
    private static final Duration EXIT_WAIT = Duration.ofSeconds(30);

    private final Counts counts;
    private final boolean cds;

    public JvmStartCase(JvmStartKnobs knobs) {
        super(ProcessCases.MODULE, knobs);
        this.counts = knobs.counts();
        this.cds = knobs.cds();
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        PeerLauncher launcher = new PeerLauncher(cds ? List.of() : List.of("-Xshare:off"));
        CaseResult result = new CaseResult().fact("warmupDiscarded", counts.warmup())
                .fact("childFlags", cds ? "default" : "-Xshare:off");
        LatencyRecorder toHandshake = new LatencyRecorder();
        LatencyRecorder toExit = new LatencyRecorder();
        for (int i = 0; i < counts.total(); i++) {
            if (i == counts.warmup()) {
                toHandshake.reset();
                toExit.reset();
            }
            long start = System.nanoTime();
            try (Peer child = launcher.start(HelloRole.class)) {
                long handshake = System.nanoTime();
                String vmInfo = new BufferedReader(new InputStreamReader(child.in(), StandardCharsets.US_ASCII))
                        .readLine();
                int code = child.awaitExit(EXIT_WAIT);
                long exit = System.nanoTime();
                if (vmInfo == null || code != 0) {
                    return result.add(ResultRow.failed(spec(), EXIT, "child-jvm-failed"));
                }
                if (cds && !vmInfo.contains("sharing")) {
                    return result.fact("childVmInfo", vmInfo).add(ResultRow.skipped(spec(), EXIT, "cds-unavailable"));
                }
                if (!cds && vmInfo.contains("sharing")) {
                    return result.fact("childVmInfo", vmInfo).add(ResultRow.failed(spec(), EXIT, "cds-still-on"));
                }
                result.fact("childVmInfo", vmInfo);
                toHandshake.record(handshake - start);
                toExit.record(exit - start);
            }
        }
        result.add(context.latency(HANDSHAKE, toHandshake));
        ResultRow exitRow = context.latency(EXIT, toExit);
        CreationRung.NEW_JVM.addFacts(result, exitRow);
        return result.add(exitRow);
    }
}
