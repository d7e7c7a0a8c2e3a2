package org.ipclab.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;

/**
 * Whether one metric of a fork measured steadily (run.json's {@code forks[].steady}).
 *
 * @param trendPct how far the median of the last third of the interval medians moved from the first third;
 *                 null below six intervals, as is {@code steady}
 * @param stalls intervals that took far longer than the typical one
 * @param warmupSamples samples discarded as warm-up, where the case counts them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SteadyFacts(String metric, int intervals, Double trendPct, Boolean steady, int stalls, Long warmupSamples) implements Serializable {
}
