package org.ipclab.report.compare;

import java.util.List;
import java.util.Locale;

/**
 * One side's values for one paired row (module, case, params, metric), against the baseline side.
 * Nullable numbers are absent values; change fields are null on the baseline's own line. {@code cMultiple}
 * is the Java/C ratio of centres where the side measured the row's C twin ({@link org.ipclab.core.CRatio}). The change and
 * its interval are in percent of the baseline's centre, {@code changeLogSe} the standard error of the change's log
 * behind that interval; {@code pValue} is Benjamini-Hochberg adjusted.
 * {@code resolvesPct} is the smallest change these forks would call 4 times in 5 ({@link org.ipclab.report.stats.Resolution}),
 * {@code forksFor10Pct} how many forks a side a change of {@value Comparison#REFERENCE_CHANGE_PCT}% would need at this spread.
 */
public record PairedRow(String module, String caseName, String params, String metric, String unit, String run,
                        Double centre, Double p99, Double p999, Double floorMultiple, Double cMultiple,
                        Double changePct, Double changeLowPct, Double changeHighPct, Double changeLogSe, Double changeP99Pct,
                        Double pValue, int forks, int failedForks, int disturbedForks, Integer baselineForks,
                        Integer baselineFailedForks, Integer baselineDisturbedForks,
                        List<Double> forkCentres, List<Double> baselineForkCentres, Verdict verdict, String note,
                        Double resolvesPct, Integer forksFor10Pct) {

    /** What the comparison concludes for this line. */
    public enum Verdict {
        BASELINE, SAME, WORSE, BETTER, INCONCLUSIVE, BIMODAL, PLACEMENT_DIFFERS, ONLY_HERE, NOT_MEASURED, GEOMEAN;

        /** The word the tables print, e.g. {@code slower} for a time that went up, {@code worse} for a count. */
        public String word(String unit) {
            boolean timeOrRate = unit != null && ("ns".equals(unit) || unit.endsWith("/s"));
            return switch (this) {
                case WORSE -> timeOrRate ? "slower" : "worse";
                case BETTER -> timeOrRate ? "faster" : "better";
                default -> name().toLowerCase(Locale.ROOT).replace('_', '-');
            };
        }
    }

    public PairedRow decided(Verdict newVerdict, Double adjustedP, String newNote, Double newResolvesPct, Integer newForksFor10Pct) {
        return new PairedRow(module, caseName, params, metric, unit, run, centre, p99, p999, floorMultiple, cMultiple, changePct,
                changeLowPct, changeHighPct, changeLogSe, changeP99Pct, adjustedP, forks, failedForks, disturbedForks, baselineForks,
                baselineFailedForks, baselineDisturbedForks,
                forkCentres, baselineForkCentres, newVerdict, newNote, newResolvesPct, newForksFor10Pct);
    }

    /** The verdict as the tables print it: {@code same}, {@code slower}, {@code bimodal: A 2 clusters …}. */
    public String verdictText() {
        return switch (verdict) {
            case ONLY_HERE, NOT_MEASURED, GEOMEAN -> note;
            default -> verdict.word(unit) + (note == null || note.isEmpty() ? "" : ": " + note);
        };
    }

    /** {@code 3 forks}, {@code 3 vs 3 forks}, {@code 3 vs 2 forks (+0/+1 failed)}, {@code … (+1/+0 disturbed)}. */
    public String forksText() {
        if (verdict == Verdict.GEOMEAN || forks == 0 && failedForks == 0 && disturbedForks == 0 && baselineForks == null) {
            return "";
        }
        return (baselineForks == null ? forks : baselineForks + " vs " + forks) + " forks"
                + leftOut(failedForks, baselineFailedForks, "failed") + leftOut(disturbedForks, baselineDisturbedForks, "disturbed");
    }

    /** {@code " (+1 failed)"} or, beside a baseline, {@code " (+0/+1 failed)"}; empty when none. */
    private String leftOut(int own, Integer baseline, String why) {
        if (own == 0 && (baseline == null || baseline == 0)) {
            return "";
        }
        return baselineForks == null ? " (+" + own + " " + why + ")" : " (+" + baseline + "/+" + own + " " + why + ")";
    }
}
