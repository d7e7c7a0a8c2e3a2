package org.ipclab.core.profile;

/** Where a case's profilers attach: the JVM that measures is the one worth watching. */
public enum ProfileTarget {
    /** The case JVM measures itself (its rig): JVM flags at its start, its own recording stopped at its end. */
    CASE_JVM,
    /** The case hands the measuring to JMH forks: JMH's own profilers attach there. */
    JMH_FORKS,
    /** Not profiled (the calibration: profiling the floor would shift every multiple of it). */
    NONE
}
