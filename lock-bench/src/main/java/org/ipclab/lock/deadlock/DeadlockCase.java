package org.ipclab.lock.deadlock;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.ipclab.lock.LockCase;

/**
 * {@code deadlock}: {@code scenario=unordered} deadlocks on purpose and measures {@code detect} (ns from
 * the cycle forming to ThreadMXBean reporting it), then recovers; {@code ordered} and {@code trylock}
 * do the same transfers without deadlock and report {@code throughput}, {@code balance-drift} and,
 * for trylock, {@code retries}. Every wait is bounded, so no scenario can hang the run.
 */
public final class DeadlockCase extends LockCase<DeadlockKnobs> {

    public DeadlockCase(DeadlockKnobs knobs) {
        super(knobs);
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        int repetitions = knobs.repetitions();
        int transfers = knobs.transfers();
        CaseResult result = new CaseResult();
        switch (knobs.scenario()) {
            case "unordered" -> unordered(context, result, repetitions);
            case "ordered" -> ordered(result, repetitions, transfers);
            default -> tryLock(result, repetitions, transfers);
        }
        return result;
    }

    private void unordered(CaseContext context, CaseResult result, int repetitions) throws Exception {
        LatencyRecorder detect = new LatencyRecorder();
        int detected = 0;
        int recovered = 0;
        List<String> firstCycle = List.of();
        for (int r = 0; r < repetitions; r++) {
            UnorderedDeadlock.Outcome outcome = new UnorderedDeadlock().provoke();
            if (outcome.cycle().isPresent()) {
                detected++;
                detect.record(outcome.detectNs());
                firstCycle = firstCycle.isEmpty() ? outcome.cycle().get().links() : firstCycle;
            }
            recovered += outcome.recovered() ? 1 : 0;
        }
        result.fact("deadlocks", repetitions).fact("detected", detected).fact("recovered", recovered)
                .fact("cycle", firstCycle)
                .fact("recovery", "threads interrupted in lockInterruptibly, backed out and released their lock");
        if (detected < repetitions) {
            result.add(ResultRow.failed(spec(), "detect", "not-detected"));
            return;
        }
        ResultRow row = context.latency("detect", detect);
        result.warn("deadlock (unordered): deadlocked " + repetitions + " of " + repetitions + " times, detected every time ("
                + "median " + row.p50() / 1000 + " us), recovered " + recovered + " of " + repetitions);
        result.add(recovered == repetitions ? row : row.withStatus(RowStatus.failed("not-recovered")));
    }

    private void ordered(CaseResult result, int repetitions, int transfers) throws Exception {
        List<Double> rates = new ArrayList<>();
        List<Long> drift = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            OrderedTransfers.Outcome outcome = new OrderedTransfers().run(transfers);
            rates.add(outcome.transfersPerSecond());
            drift.add(Math.abs(outcome.drift()));
        }
        result.fact("transfersPerThread", transfers);
        addRows(result, rates, drift);
    }

    private void tryLock(CaseResult result, int repetitions, int transfers) throws Exception {
        List<Double> rates = new ArrayList<>();
        List<Long> drift = new ArrayList<>();
        List<Long> retries = new ArrayList<>();
        long retryNs = 0;
        for (int r = 0; r < repetitions; r++) {
            TryLockTransfers.Outcome outcome = new TryLockTransfers().run(transfers);
            rates.add(outcome.transfersPerSecond());
            drift.add(Math.abs(outcome.drift()));
            retries.add(outcome.retries());
            retryNs += outcome.retryNs();
        }
        long totalRetries = retries.stream().mapToLong(Long::longValue).sum();
        result.fact("transfersPerThread", transfers);
        result.fact("retryCostNsMean", totalRetries == 0 ? 0 : retryNs / totalRetries);
        addRows(result, rates, drift);
        result.add(ResultRow.counted(spec(), "retries", retries));
    }

    private void addRows(CaseResult result, List<Double> rates, List<Long> drift) {
        boolean drifted = drift.stream().anyMatch(d -> d != 0);
        ResultRow throughput = ResultRow.throughput(spec(), "throughput", Unit.OPS_PER_S, rates);
        ResultRow balance = ResultRow.counted(spec(), "balance-drift", drift);
        result.add(drifted ? throughput.withStatus(RowStatus.failed("balance-drift")) : throughput);
        result.add(drifted ? balance.withStatus(RowStatus.failed("balance-drift")) : balance);
    }
}
