package org.ipclab.report.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.read.RunFolder;

/**
 * The two sides of one run that ran each fork on both, back to back ({@code run-suite.sh --vs-java/--vs-jvm-arg}): the
 * host's drift fell on both alike, and so did most of its disturbances. In two such A/A runs of quick, 74% and 82% of a
 * side's forks flagged as disturbed had a twin on the other side flagged too.
 */
final class InterleavedSides {
    private InterleavedSides() {
    }

    /** Whether every run of the comparison alternated its forks with a run on the other side, in one two-sided run. */
    static boolean of(List<Side> sides) {
        if (sides.size() != 2) {
            return false;
        }
        return pairedInto(sides.get(0), sides.get(1)) && pairedInto(sides.get(1), sides.get(0));
    }

    private static boolean pairedInto(Side from, Side to) {
        Set<String> ids = to.folders().stream().map(RunFolder::runId).collect(Collectors.toSet());
        return from.folders().stream().allMatch(f -> ids.contains(f.info().interleavedWith()));
    }

    /**
     * What to say of such a pair under the runs: that it is one, and whether its disturbed forks counted (or the rows
     * that only leaving them out left short).
     */
    static List<String> notes(List<Side> sides, List<PairedRow> rows, boolean disturbedCounted) {
        if (!of(sides)) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        notes.add("forks interleaved: each fork ran on both sides back to back, in one run, so a host that sped up or"
                + " slowed down moved both sides alike; rows whose rounds moved the twins together compare them twin by twin");
        if (disturbedCounted) {
            notes.add("disturbed forks counted: a disturbed fork's twin on the other side was mostly disturbed too;"
                    + " --drop-disturbed leaves them out");
            return notes;
        }
        long shortOfClean = rows.stream().filter(InterleavedSides::shortOnlyOfUndisturbed).count();
        if (shortOfClean > 0) {
            notes.add(shortOfClean + " row(s) inconclusive for want of undisturbed forks alone; a disturbed fork's twin on"
                    + " the other side was mostly disturbed too: --keep-disturbed counts them");
        }
        return notes;
    }

    /** Inconclusive with fewer than the forks a verdict needs on a side, though enough had the disturbed ones counted. */
    static boolean shortOnlyOfUndisturbed(PairedRow r) {
        if (r.verdict() != Verdict.INCONCLUSIVE || r.baselineForks() == null) {
            return false;
        }
        boolean isShort = r.forks() < RowEffect.MIN_FORKS || r.baselineForks() < RowEffect.MIN_FORKS;
        boolean enoughWithDisturbed = r.forks() + r.disturbedForks() >= RowEffect.MIN_FORKS
                && r.baselineForks() + r.baselineDisturbedForks() >= RowEffect.MIN_FORKS;
        return isShort && enoughWithDisturbed;
    }
}
