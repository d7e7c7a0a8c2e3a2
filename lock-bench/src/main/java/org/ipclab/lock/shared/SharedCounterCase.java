package org.ipclab.lock.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Peer;
import org.ipclab.core.PeerException;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.ipclab.lock.LockCase;

/**
 * {@code counter} across processes ({@code strategy=file-lock} or {@code shm-cas}): this JVM and its
 * peers share a counter in a mapped file of the case's private folder, each adding K per round under
 * the cross-process lock. {@code lost-updates} must be zero; {@code throughput} is all increments
 * over the slowest process's time. A first warm-up round is run and discarded (its lost updates
 * still fail the case).
 *
 * <pre>
 *   case JVM ──"go"──▶ peer JVM(s)        (stdin, one line per round)
 *      │   arrive, K x (lock, counter+1, unlock)   on the shared mapping
 *      ◀──"done ns"──                     (stdout)
 * </pre>
 */
public final class SharedCounterCase extends LockCase<SharedCounterKnobs> {
    private static final Duration PEER_EXIT = Duration.ofSeconds(10);
    private static final int WARMUP_ROUNDS = 1;

    public SharedCounterCase(SharedCounterKnobs knobs) {
        super(knobs);
    }

    /** Processes contending for one counter at once: one CPU or two changes how they contend. */
    @Override
    public boolean hasPeer() {
        return true;
    }

    /** The one-page counter file the processes map (one round's file at a time). */
    @Override
    public long scratchBytes() {
        return SharedCounterFile.SIZE;
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        String strategy = knobs.strategy();
        int processes = knobs.processes();
        int increments = knobs.increments();
        int rounds = knobs.rounds();
        CaseResult result = new CaseResult();
        if (strategy.equals("shm-cas") && context.spinnerWarning(processes) != null) {
            result.warn(context.spinnerWarning(processes));
        }
        Path path = Files.createTempFile(context.privateDir(), "counter", ".map");
        List<Peer> peers = new ArrayList<>();
        List<Long> lost = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        long warmupLost = 0;
        try (SharedCounterFile file = new SharedCounterFile(path)) {
            ProcessLock lock = ProcessLock.of(strategy, file);
            for (int p = 1; p < processes; p++) {
                peers.add(context.peers().start(SharedCounterPeer.class, knobs.encode(), path.toString()));
            }
            List<BufferedReader> answers = peers.stream()
                    .map(p -> new BufferedReader(new InputStreamReader(p.in(), StandardCharsets.US_ASCII))).toList();
            // Warm-up rounds first: the first round ran ~30x slower than the later ones (JIT, page
            // faults), so their rates are discarded; their lost updates still fail the case.
            for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
                file.reset();
                for (Peer peer : peers) {
                    peer.out().write("go\n".getBytes(StandardCharsets.US_ASCII));
                    peer.out().flush();
                }
                long slowest = SharedCounterRound.run(file, lock, processes, increments);
                for (BufferedReader answer : answers) {
                    slowest = Math.max(slowest, done(answer));
                }
                long expected = (long) processes * increments;
                long lostThisRound = expected - file.counter();
                if (r < 0) {
                    warmupLost += lostThisRound;
                } else {
                    lost.add(lostThisRound);
                    rates.add(expected * 1e9 / slowest);
                }
            }
            for (Peer peer : peers) {
                peer.out().close();
                int exit = peer.awaitExit(PEER_EXIT);
                if (exit != 0) {
                    throw new PeerException("peer " + peer.pid() + " exited with " + exit);
                }
            }
        } finally {
            peers.forEach(Peer::close);
            Files.deleteIfExists(path);
        }
        result.fact("processes", processes).fact("incrementsPerProcess", increments).fact("rounds", rounds)
                .fact("warmupRounds", WARMUP_ROUNDS).fact("warmupLostUpdates", warmupLost);
        boolean broken = warmupLost != 0 || lost.stream().anyMatch(l -> l != 0);
        RowStatus status = broken ? RowStatus.failed("lost-updates") : RowStatus.OK;
        result.add(ResultRow.throughput(spec(), "throughput", Unit.OPS_PER_S, rates).withStatus(status));
        result.add(ResultRow.counted(spec(), "lost-updates", lost).withStatus(status));
        return result;
    }

    private static long done(BufferedReader answer) throws IOException {
        String line = answer.readLine();
        if (line == null || !line.startsWith("done ")) {
            throw new PeerException("peer answered '" + line + "' instead of 'done <ns>'");
        }
        return Long.parseLong(line.substring(5));
    }
}
