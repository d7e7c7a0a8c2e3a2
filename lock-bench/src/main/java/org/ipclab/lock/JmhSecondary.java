package org.ipclab.lock;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** A JMH run's secondary results (group members, auxiliary counters) per measured iteration. */
public final class JmhSecondary {
    private JmhSecondary() {
    }

    /** The per-iteration scores filed under {@code label}; empty when the run has none. */
    public static List<Double> perIteration(RunResult run, String label) {
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
            for (IterationResult iteration : benchmark.getIterationResults()) {
                Result<?> side = iteration.getSecondaryResults().get(label);
                if (side != null) {
                    scores.add(side.getScore());
                }
            }
        }
        return scores;
    }
}
