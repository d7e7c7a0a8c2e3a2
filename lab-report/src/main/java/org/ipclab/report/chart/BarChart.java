package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars drawn as inline SVG, one group per category and one bar per series, on a linear
 * (signed) or log value axis; long category names stay readable on the left.
 */
public final class BarChart {
    private static final int WIDTH = 1200;
    private static final int LEFT = 330;
    private static final int RIGHT = WIDTH - 220;
    private static final int TOP = 76;
    private static final int BAR = 18;

    private record Bar(String category, String series, double value, String note) {
    }

    private final String title;
    private final String valueLabel;
    private final List<Bar> bars = new ArrayList<>();
    private boolean log;
    private DoubleFunction<String> format = Units::si;

    public BarChart(String title, String valueLabel) {
        this.title = title;
        this.valueLabel = valueLabel;
    }

    public BarChart log(boolean logScale) {
        this.log = logScale;
        return this;
    }

    public BarChart format(DoubleFunction<String> valueFormat) {
        this.format = valueFormat;
        return this;
    }

    /** Adds one bar; {@code note} shows beside it and on hover. */
    public BarChart bar(String category, String series, double value, String note) {
        if (Double.isFinite(value) && (!log || value > 0)) {
            bars.add(new Bar(category, series, value, note == null ? "" : note));
        }
        return this;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public String toSvg() {
        Map<String, List<Bar>> byCategory = new LinkedHashMap<>();
        bars.forEach(b -> byCategory.computeIfAbsent(b.category(), c -> new ArrayList<>()).add(b));
        List<String> seriesNames = bars.stream().map(Bar::series).distinct().toList();
        int groupHeight = seriesNames.size() * BAR + 10;
        int bottom = TOP + byCategory.size() * groupHeight + 8;
        int height = bottom + 60;
        double min = bars.stream().mapToDouble(Bar::value).min().orElse(1);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(10);
        Scale scale = log ? Scale.log(min, max) : Scale.linear(Math.min(0, min), Math.max(0, max), true);

        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, height, title));
        for (double t : scale.ticks()) {
            double x = x(scale, t);
            svg.append("<line x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(bottom).append("\" stroke=\"").append(t == 0 && !log ? "#555" : "#e4e4e4")
                    .append("\"/>\n").append(Svg.text(x, bottom + 20, "middle", 14, format.apply(t)));
        }
        double base = log ? scale.min() : 0;
        double y = TOP + 4;
        for (Map.Entry<String, List<Bar>> group : byCategory.entrySet()) {
            svg.append("<text x=\"").append(LEFT - 10).append("\" y=\"").append(Svg.n(y + groupHeight / 2.0))
                    .append("\" text-anchor=\"end\" font-size=\"13\"><title>").append(Svg.esc(group.getKey()))
                    .append("</title>").append(Svg.esc(Svg.shorten(group.getKey(), 44))).append("</text>\n");
            for (Bar b : group.getValue()) {
                double by = y + seriesNames.indexOf(b.series()) * BAR;
                double x0 = x(scale, Math.min(base, b.value()));
                double x1 = x(scale, Math.max(base, b.value()));
                svg.append("<rect x=\"").append(Svg.n(x0)).append("\" y=\"").append(Svg.n(by)).append("\" width=\"")
                        .append(Svg.n(Math.max(1, x1 - x0))).append("\" height=\"").append(BAR - 3).append("\" fill=\"")
                        .append(Svg.color(seriesNames.indexOf(b.series()))).append("\"><title>").append(Svg.esc(b.category()))
                        .append(" · ").append(Svg.esc(b.series())).append(": ").append(Svg.esc(format.apply(b.value())))
                        .append(' ').append(Svg.esc(b.note())).append("</title></rect>\n");
                svg.append(Svg.text(Math.max(x1, x(scale, base)) + 6, by + BAR - 6, "start", 12,
                        format.apply(b.value()) + (b.note().isEmpty() ? "" : " " + b.note())));
            }
            y += groupHeight;
        }
        svg.append(Svg.text((LEFT + RIGHT) / 2.0, height - 16, "middle", 15, valueLabel));
        legend(svg, seriesNames);
        return svg.append("</svg>\n").toString();
    }

    private static double x(Scale scale, double v) {
        return LEFT + scale.fraction(v) * (RIGHT - LEFT);
    }

    private static void legend(StringBuilder svg, List<String> seriesNames) {
        // One row under the title, so long value labels beside the bars never run into it.
        double x = LEFT;
        for (int i = 0; i < seriesNames.size(); i++) {
            svg.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"42\" width=\"14\" height=\"14\" fill=\"")
                    .append(Svg.color(i)).append("\"/>\n")
                    .append(Svg.text(x + 20, 54, "start", 13, seriesNames.get(i)));
            x += 40 + seriesNames.get(i).length() * 8;
        }
    }
}
