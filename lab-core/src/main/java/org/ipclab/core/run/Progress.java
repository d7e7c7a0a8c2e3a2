package org.ipclab.core.run;

import java.time.Duration;
import java.util.List;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.RunRecord.ForkEntry;

/** One console line per fork: {@code [i/N] module case params fork f/F … seconds, status (elapsed, ETA)}. */
final class Progress {
    private final List<ForkSchedule.Fork> forks;
    private final int forksPerCase;
    private final long startNs = System.nanoTime();
    private double expectedDone;

    Progress(List<ForkSchedule.Fork> forks) {
        this.forks = forks;
        this.forksPerCase = forks.stream().mapToInt(ForkSchedule.Fork::round).max().orElse(1);
    }

    /** The whole run's expected time, the sum of every fork's: what the run promises at its start. */
    double expectedSeconds() {
        return forks.stream().mapToDouble(Progress::seconds).sum();
    }

    void starting(int index, ForkSchedule.Fork fork) {
        CaseSpec spec = fork.job().spec();
        System.out.printf("[%d/%d] %s %s %s fork %d/%d … ", index + 1, forks.size(), spec.module(), spec.name(),
                spec.params(), fork.fork(), forksPerCase);
        System.out.flush();
    }

    /** The ETA scales the expected time of the remaining forks by how the finished ones compared. */
    void finished(int index, ForkEntry entry) {
        expectedDone += seconds(forks.get(index));
        double elapsed = (System.nanoTime() - startNs) / 1e9;
        double remaining = 0;
        for (int i = index + 1; i < forks.size(); i++) {
            remaining += seconds(forks.get(i));
        }
        double pace = expectedDone > 0 ? elapsed / expectedDone : 1;
        System.out.printf("%.1f s, %s (elapsed %s, ETA %s)%n", entry.seconds, entry.status,
                Format.seconds(elapsed), Format.seconds(remaining * pace));
        entry.warnings.forEach(w -> System.out.println("      warning: " + w));
    }

    private static double seconds(ForkSchedule.Fork fork) {
        Duration expected = fork.job().benchCase().expected();
        return expected.toMillis() / 1000.0;
    }
}
