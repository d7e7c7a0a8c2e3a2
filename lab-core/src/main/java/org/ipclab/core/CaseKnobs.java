package org.ipclab.core;

import java.time.Duration;

/**
 * A case family's knobs as a record of typed values, range-checked when made (a bad value names the
 * valid ones): the one source of the case's name, params and expected time, read by the case as typed
 * values rather than parsed back from its params.
 */
public interface CaseKnobs {

    /** The suite the knobs were made for: it sizes the case's counts and time. */
    Suite suite();

    /** The case name in summary.csv, e.g. {@code counter}. */
    String caseName();

    Params params();

    /** About how long one fork of the case takes in its suite. */
    Duration expected();

    default CaseSpec spec(String module) {
        return new CaseSpec(module, caseName(), params());
    }

    /**
     * The knobs as one argument for a peer JVM: {@code <suite> <params>}, e.g. {@code quick
     * processes=2;strategy=shm-cas}. The family's {@code decode} makes them again from {@link Encoded},
     * checked as when they were first made.
     */
    default String encode() {
        return suite().label() + " " + params();
    }

    /** The suite and params that {@link #encode} wrote. */
    record Encoded(Suite suite, Params params) {
        public static Encoded of(String text) {
            int space = text.indexOf(' ');
            if (space <= 0) {
                throw new IllegalArgumentException("expected knobs as '<suite> <params>', got '" + text + "'");
            }
            return new Encoded(Suite.parse(text.substring(0, space)), Params.parse(text.substring(space + 1)));
        }
    }

    /** {@code value} when it is {@code min} or more; the message names the key and the valid range. */
    static int atLeast(String key, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(key + "=" + value + " is out of range (valid: " + min + " or more)");
        }
        return value;
    }
}
