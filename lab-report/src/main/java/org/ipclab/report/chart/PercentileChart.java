package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.ipclab.core.run.Format;

/**
 * Latency by percentile on the usual "nines" axis: x is 1/(1-p), log scale, so 50%, 90%, 99% … 99.999%
 * are evenly spaced and the tail is as visible as the median.
 */
public final class PercentileChart {
    private static final double MAX_NINES = 100_000; // 99.999%

    private PercentileChart() {
    }

    public static LineChart of(String title, String metric, Map<String, Histogram> distributions) {
        LineChart chart = new LineChart(title, "percentile (log \"nines\" scale)", (metric.isEmpty() ? "" : metric + " ") + "latency (log scale)")
                .logX(true).logY(true).xAxis(Scale.logExact(2, MAX_NINES), List.of(2.0, 10.0, 100.0, 1e3, 1e4, 1e5))
                .xFormat(PercentileChart::percentLabel).yFormat(Format::time);
        distributions.forEach((name, h) -> chart.series(name + " (n=" + Format.si(h.getTotalCount()) + ")", points(h)));
        return chart;
    }

    static List<LineChart.Point> points(Histogram h) {
        List<LineChart.Point> points = new ArrayList<>();
        if (h.getTotalCount() == 0) {
            return points;
        }
        for (HistogramIterationValue v : h.percentiles(5)) {
            double p = v.getPercentileLevelIteratedTo() / 100.0;
            double nines = 1 / (1 - p);
            if (p >= 0.5 && nines <= MAX_NINES && p < 1) {
                points.add(new LineChart.Point(nines, v.getValueIteratedTo()));
            }
        }
        return points;
    }

    /** 2 → "50%", 10 → "90%", 1000 → "99.9%". */
    static String percentLabel(double nines) {
        double percent = 100 * (1 - 1 / nines);
        return Format.percentile(percent);
    }
}
