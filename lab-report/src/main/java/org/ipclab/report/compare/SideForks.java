package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ipclab.report.read.ForkRecord;
import org.ipclab.report.read.MeasuredRow;
import org.ipclab.report.stats.Fork;

/**
 * A side's forks for one row, pooled over its run folders (each fork knows its folder), with each fork's
 * observed placement (null when unknown). A schema-1 folder has no forks: its whole case counts as one fork
 * whose samples are the row's samples, so its comparisons come out inconclusive, which is what one JVM per
 * side can support. A fork the runner flagged as disturbed (steal, or other processes using the CPUs) is
 * left out and counted, unless {@code keepDisturbed}: it measured the neighbour as much as the case.
 */
record SideForks(List<Fork> forks, List<String> placements, int failed, int disturbed, Set<String> pinnedTo) {

    static SideForks of(List<MeasuredRow> rows, boolean keepDisturbed) {
        List<Fork> forks = new ArrayList<>();
        List<String> placements = new ArrayList<>();
        Set<String> pinnedTo = new TreeSet<>();
        int failed = 0;
        int disturbed = 0;
        for (int run = 0; run < rows.size(); run++) {
            MeasuredRow m = rows.get(run);
            if (m.forks().isEmpty()) {
                if (m.row().ok()) {
                    forks.add(new Fork(m.center(), m.samples().stream().mapToDouble(Double::doubleValue).toArray(), run));
                    placements.add(null);
                }
                continue;
            }
            for (ForkRecord f : m.forks()) {
                ForkRecord.Metric metric = f.metrics().get(m.row().metric());
                if (f.failed()) {
                    failed++;
                } else if (f.disturbed() && !keepDisturbed) {
                    disturbed++;
                } else if (f.ok() && metric != null) {
                    forks.add(new Fork(metric.centre(), metric.samples().stream().mapToDouble(Double::doubleValue).toArray(), run, f.twin()));
                    placements.add(f.knownPlacement());
                    pinnedTo.add(f.pinned() ? f.requested() : "os");
                }
            }
        }
        return new SideForks(List.copyOf(forks), java.util.Collections.unmodifiableList(placements), failed, disturbed, pinnedTo);
    }

    /** Every fork was pinned by the run (--placement same or cross), so where it ran was chosen, not luck. */
    boolean pinned() {
        return !pinnedTo.isEmpty() && !pinnedTo.contains("os");
    }

    int size() {
        return forks.size();
    }

    /** Whether every fork's placement is known (then like can be compared with like). */
    boolean placementsKnown() {
        return !forks.isEmpty() && placements.stream().allMatch(Objects::nonNull);
    }

    /** The distinct placements, "unknown" for forks without one. */
    Set<String> placementSet() {
        Set<String> out = new TreeSet<>();
        placements.forEach(p -> out.add(p == null ? "unknown" : p));
        return out;
    }

    long count(String placement) {
        return placements.stream().filter(placement::equals).count();
    }

    SideForks only(String placement) {
        List<Fork> kept = new ArrayList<>();
        for (int i = 0; i < forks.size(); i++) {
            if (placement.equals(placements.get(i))) {
                kept.add(forks.get(i));
            }
        }
        return new SideForks(List.copyOf(kept), kept.stream().map(f -> placement).toList(), failed, disturbed, pinnedTo);
    }

    /** The forks whose twin is among {@code twins} ({@link Twins}): those a comparison twin by twin counts. */
    SideForks onlyTwins(Set<String> twins) {
        List<Fork> kept = new ArrayList<>();
        List<String> keptPlacements = new ArrayList<>();
        for (int i = 0; i < forks.size(); i++) {
            if (twins.contains(forks.get(i).twin())) {
                kept.add(forks.get(i));
                keptPlacements.add(placements.get(i));
            }
        }
        return new SideForks(List.copyOf(kept), java.util.Collections.unmodifiableList(keptPlacements), failed, disturbed, pinnedTo);
    }

    double[] centres() {
        return Fork.centres(forks);
    }

    /** The centres by run folder, so the runs of a side with several can be a level of their own. */
    double[][] centresByRun() {
        return Fork.centresByRun(forks);
    }

    List<Double> centreList() {
        return forks.stream().map(Fork::centre).toList();
    }
}
