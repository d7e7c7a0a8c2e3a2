package org.ipclab.report.compare;

/**
 * One run's values for one paired row (module, case, params, metric), against the baseline run.
 * Nullable numbers are absent values; change fields are null on the baseline's own line.
 */
public record PairedRow(String module, String caseName, String params, String metric, String unit,
                        String run, Double p50, Double ciLow, Double ciHigh, Double p99, Double p999,
                        Double floorMultiple, Double changePct, Double changeP99Pct, Double changeP999Pct,
                        Double pValue, int samples, Verdict verdict, String note) {

    /** What the comparison concludes for this line. */
    public enum Verdict {
        BASELINE, SAME, WORSE, BETTER, TOO_FEW_SAMPLES, ONLY_HERE, NOT_MEASURED, GEOMEAN
    }

    /** The verdict as the tables print it: {@code ~ p=0.43}, {@code slower p=0.001}, {@code n=3 vs 10 …}. */
    public String verdictText() {
        boolean rate = unit != null && unit.endsWith("/s");
        boolean time = "ns".equals(unit);
        return switch (verdict) {
            case BASELINE -> "baseline";
            case SAME -> "~ p=" + p(pValue);
            case WORSE -> (rate || time ? "slower" : "worse") + " p=" + p(pValue);
            case BETTER -> (rate || time ? "faster" : "better") + " p=" + p(pValue);
            case TOO_FEW_SAMPLES, ONLY_HERE, NOT_MEASURED, GEOMEAN -> note;
        };
    }

    private static String p(Double p) {
        return p == null ? "?" : p < 0.001 ? String.format(java.util.Locale.ROOT, "%.1e", p)
                : String.format(java.util.Locale.ROOT, "%.3f", p);
    }
}
