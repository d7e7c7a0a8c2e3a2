package org.ipclab.core.run;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.schema.SteadyFacts;

/** A fork's steady-state facts as the warnings a reader of the console and run.json should see. */
final class SteadyWarnings {
    private SteadyWarnings() {
    }

    static List<String> of(int fork, List<SteadyFacts> steady) {
        List<String> warnings = new ArrayList<>();
        for (SteadyFacts metric : steady) {
            if (Boolean.FALSE.equals(metric.steady())) {
                warnings.add("fork " + fork + " " + metric.metric() + " not steady: interval medians moved "
                        + metric.trendPct() + "% from the first to the last third");
            }
            if (metric.stalls() > 0) {
                warnings.add("fork " + fork + " " + metric.metric() + ": " + metric.stalls() + " stalled interval(s)"
                        + " (over 4x the typical length)");
            }
        }
        return warnings;
    }
}
