package org.ipclab.core;

import java.time.Duration;
import org.ipclab.core.profile.ProfileTarget;

/**
 * One runnable case. The runner starts a fresh JVM for every case (so a crash, a hang or a JVM flag
 * stays with that case) and calls {@link #run} there.
 */
public interface BenchCase {

    CaseSpec spec();

    /** About how long the case takes in its suite: drives the progress ETA and, times a margin, the timeout. */
    Duration expected();

    /**
     * When the case's own waits give up (a peer's start, a C program's samples) and it files its own reason:
     * well past its expected time (a machine busy with a build beside the run can double it; two runs at
     * once on a slow 2-CPU host stretched a tcp case's peer start past 2 x expected + 10 s), yet before the
     * runner's limit (4 x expected + 60 s), which can only kill the case.
     */
    default Duration ownTimeout() {
        return expected().multipliedBy(3).plusSeconds(10);
    }

    /** Measures and returns the rows; throwing fails the case with the exception's class as the reason. */
    CaseResult run(CaseContext context) throws Exception;

    /**
     * True when the case runs a rig and a peer process, so pinning them to one CPU or to two means
     * something; such cases run once per requested {@link Placement}.
     */
    default boolean placeable() {
        return false;
    }

    /**
     * True when a rig and a peer process work at once in every fork (a placeable channel, or a floor's two
     * spinners), so where the OS put the two says something about the case's numbers: each fork records it
     * (same, cross or mixed) and compare sets forks of one placement against each other. A case whose other
     * processes are what it measures starting (a spawned child, a pool's worker) or are a harness (JMH's fork)
     * has none: its forks observe "single", and no placement divides them.
     */
    default boolean hasPeer() {
        return placeable();
    }

    /**
     * Bytes the case's files take in its private folder at their largest (rings, mapped files, queue
     * files, a media driver's buffers), so the runner can skip a fork that would not fit; 0 when the
     * case keeps nothing there worth counting.
     */
    default long scratchBytes() {
        return 0;
    }

    /** Where {@code --profile} attaches: this case JVM (the default), the JMH forks it starts, or nowhere. */
    default ProfileTarget profileTarget() {
        return ProfileTarget.CASE_JVM;
    }

    /**
     * The class-data archive this case's forks share (a run writes one per set, in the set's first fork): its
     * module's, or its module's JMH cases' (JMH's own classes, which the module's other cases never load). A case
     * whose library loads hundreds of classes its module's other cases never need (Chronicle, Aeron) names a set
     * of its own, so its forks map them whichever case came first.
     */
    default String classSet() {
        return profileTarget() == ProfileTarget.JMH_FORKS ? spec().module() + "-jmh" : spec().module();
    }
}
