package org.ipclab.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fork's steady-state facts as the warnings a reader of the console and run.json should see. */
final class SteadyWarnings {
    private SteadyWarnings() {
    }

    static List<String> of(int fork, List<Map<String, Object>> steady) {
        List<String> warnings = new ArrayList<>();
        for (Map<String, Object> metric : steady) {
            if (Boolean.FALSE.equals(metric.get("steady"))) {
                warnings.add("fork " + fork + " " + metric.get("metric") + " not steady: interval medians moved "
                        + metric.get("trendPct") + "% from the first to the last third");
            }
            if (metric.get("stalls") instanceof Number stalls && stalls.intValue() > 0) {
                warnings.add("fork " + fork + " " + metric.get("metric") + ": " + stalls + " stalled interval(s)"
                        + " (over 4x the typical length)");
            }
        }
        return warnings;
    }
}
