package org.ipclab.core;

import java.time.Duration;

/**
 * A case family's knobs as a record of typed values, range-checked when made (a bad value names the
 * valid ones): the one source of the case's name, params and expected time, read by the case as typed
 * values rather than parsed back from its params.
 */
public interface CaseKnobs {

    /** The case name in summary.csv, e.g. {@code counter}. */
    String caseName();

    Params params();

    /** About how long one fork of the case takes in its suite. */
    Duration expected();

    default CaseSpec spec(String module) {
        return new CaseSpec(module, caseName(), params());
    }

    /** {@code value} when it is {@code min} or more; the message names the key and the valid range. */
    static int atLeast(String key, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(key + "=" + value + " is out of range (valid: " + min + " or more)");
        }
        return value;
    }
}
