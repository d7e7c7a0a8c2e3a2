package org.ipclab.lock.counter;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.lock.JmhSecondary;
import org.openjdk.jmh.results.RunResult;

/**
 * Whether the threads of a counter run really contended, per measured iteration, from the benchmark's
 * {@link CounterBenchmark.Turns} tallies: the share of increments that followed another thread's (a
 * hand-off), Jain's index of the per-thread counts, how many threads were on a CPU at once, and the
 * CPU time one increment took (a rate that does not depend on how much of the machine the run got).
 */
record Handoffs(List<Double> share, List<Double> jain, List<Double> running, List<Double> cpuNsPerIncrement) {
    /**
     * Below one hand-off per thousand increments the threads took the counter in turns: the rate is
     * then mostly one thread at a time on the uncontended path, not the cost of contention.
     */
    static final double IN_TURNS = 1e-3;

    static Handoffs of(RunResult run, int threads) {
        List<Double> increments = JmhSecondary.perIteration(run, "increments");
        List<Double> handoffs = JmhSecondary.perIteration(run, "handoffs");
        List<Double> squares = JmhSecondary.perIteration(run, "incrementsSquared");
        List<Double> cpu = JmhSecondary.perIteration(run, "cpuNanos");
        List<Double> wall = JmhSecondary.perIteration(run, "wallNanos");
        List<Double> share = new ArrayList<>();
        List<Double> jain = new ArrayList<>();
        List<Double> running = new ArrayList<>();
        List<Double> cpuNs = new ArrayList<>();
        for (int i = 0; i < increments.size(); i++) {
            double sum = increments.get(i);
            share.add(sum == 0 ? 0 : handoffs.get(i) / sum);
            jain.add(squares.get(i) == 0 ? 0 : sum * sum / (threads * squares.get(i)));
            // Summed CPU over summed wall time is each thread's fraction on a CPU; times N, the threads running at once.
            running.add(wall.get(i) == 0 ? 0 : threads * cpu.get(i) / wall.get(i));
            cpuNs.add(sum == 0 ? 0 : cpu.get(i) / sum);
        }
        return new Handoffs(share, jain, running, cpuNs);
    }

    double meanShare() {
        return share.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    boolean inTurns() {
        return meanShare() < IN_TURNS;
    }
}
