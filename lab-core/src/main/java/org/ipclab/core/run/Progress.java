package org.ipclab.core.run;

import java.time.Duration;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.RunRecord.CaseEntry;

/** One console line per case: {@code [i/N] module case params … seconds, status (elapsed, ETA)}. */
final class Progress {
    private final List<BenchCase> cases;
    private final long startNs = System.nanoTime();
    private double expectedDone;

    Progress(List<BenchCase> cases) {
        this.cases = cases;
    }

    void starting(int index, BenchCase benchCase) {
        System.out.printf("[%d/%d] %s %s %s … ", index + 1, cases.size(), benchCase.spec().module(),
                benchCase.spec().name(), benchCase.spec().params());
        System.out.flush();
    }

    /** The ETA scales the expected time of the remaining cases by how the finished ones compared. */
    void finished(int index, CaseEntry entry) {
        expectedDone += seconds(cases.get(index).expected());
        double elapsed = (System.nanoTime() - startNs) / 1e9;
        double remaining = 0;
        for (int i = index + 1; i < cases.size(); i++) {
            remaining += seconds(cases.get(i).expected());
        }
        double pace = expectedDone > 0 ? elapsed / expectedDone : 1;
        System.out.printf("%.1f s, %s (elapsed %s, ETA %s)%n", entry.seconds, entry.status,
                Format.seconds(elapsed), Format.seconds(remaining * pace));
        entry.warnings.forEach(w -> System.out.println("      warning: " + w));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
