package org.ipclab.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much a run measures: smoke (every case once, tiny counts), quick (short sweeps), full (all sweeps). */
public enum Suite {
    SMOKE, QUICK, FULL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Picks a value by suite: the usual way a case scales its counts. */
    public <T> T pick(T smoke, T quick, T full) {
        return switch (this) {
            case SMOKE -> smoke;
            case QUICK -> quick;
            case FULL -> full;
        };
    }

    /**
     * Forks per case unless --forks says otherwise: the fork (a fresh JVM pair) is the unit compare
     * counts, so this is how many independent samples each side of a comparison gets. Smoke checks that
     * everything runs; one fork keeps it short, and compare calls its rows inconclusive.
     */
    public int defaultForks() {
        return pick(1, 4, 3);
    }

    public boolean atLeast(Suite other) {
        return compareTo(other) >= 0;
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Suite::label).collect(Collectors.joining(", "));
    }

    /** Parses a suite name; the message names the bad value and the valid ones. */
    public static Suite parse(String text) {
        for (Suite suite : values()) {
            if (suite.label().equals(text)) {
                return suite;
            }
        }
        throw new IllegalArgumentException("unknown suite '" + text + "' (valid: " + validNames() + ")");
    }
}
