package org.ipclab.report.compare;

import java.util.List;

/**
 * One module's change for one side against the baseline: the geometric mean of its rows' cost ratios in
 * percent (+10% = 10% more costly on average, times and 1/rates alike), the 95% t interval of that mean
 * over the rows (null with one row), and each row's own cost change.
 */
public record ModuleChange(String module, String run, double changePct, Double lowPct, Double highPct,
                           List<Double> rowChangesPct, int leftOut) {

    /** How the change was made, for the tables' note and the chart's tooltip. */
    public String note() {
        int n = rowChangesPct.size();
        return "geomean over " + n + (n == 1 ? " row" : " rows") + " (time, or 1/rate)"
                + (lowPct == null ? "" : ", 95% interval over the rows")
                + (leftOut > 0 ? "; " + leftOut + " bimodal or differently placed left out" : "");
    }
}
