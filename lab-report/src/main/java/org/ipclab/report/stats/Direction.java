package org.ipclab.report.stats;

/** Which way is worse for a unit: higher for times and counts, lower for rates. */
public enum Direction {
    HIGHER_IS_WORSE, LOWER_IS_WORSE;

    public static Direction of(String unit) {
        return unit != null && unit.endsWith("/s") ? LOWER_IS_WORSE : HIGHER_IS_WORSE;
    }

    /** How much worse a change in percent is (negative when it is better). */
    public double worsening(double changePercent) {
        return this == HIGHER_IS_WORSE ? changePercent : -changePercent;
    }

    /** The cost ratio of other to baseline: above 1 is worse, whichever way the unit points. */
    public double costRatio(double baseline, double other) {
        return this == HIGHER_IS_WORSE ? other / baseline : baseline / other;
    }
}
