package org.ipclab.report.compare;

import java.util.List;

/**
 * One module's change for one side against the baseline: the geometric mean of its rows' cost ratios in
 * percent (+10% = 10% more costly on average, times and 1/rates alike), each row weighted by its precision
 * where every row's is known ({@code weighted}), the 95% interval of that mean over the rows (with one row,
 * that row's own), and each row's own cost change.
 */
public record ModuleChange(String module, String run, double changePct, Double lowPct, Double highPct,
                           List<Double> rowChangesPct, boolean weighted, int leftOut) {

    /** How the change was made, for the tables' note and the chart's tooltip. */
    public String note() {
        int n = rowChangesPct.size();
        return "geomean over " + n + (n == 1 ? " row" : " rows") + " (time, or 1/rate)"
                + (weighted ? ", weighted by their precision" : "")
                + (lowPct == null ? "" : n == 1 ? ", the row's own 95% interval" : ", 95% interval over the rows")
                + (leftOut > 0 ? "; " + leftOut + " bimodal or differently placed left out" : "");
    }
}
