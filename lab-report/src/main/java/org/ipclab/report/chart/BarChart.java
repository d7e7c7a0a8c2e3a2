package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.ipclab.core.run.Format;

/**
 * Horizontal bars drawn as inline SVG, one group per category and one bar per series, on a linear
 * (signed) or log value axis; long category names stay readable on the left. On a log axis each value
 * is a mark with its dots (forks, iterations) spread on a whisker, not a bar.
 */
public final class BarChart {
    private static final int WIDTH = 1200;
    private static final int LEFT = 420;
    private static final int RIGHT = WIDTH - 220;
    private static final int TOP = 76;
    private static final int BAR = 18;

    private record Bar(String category, String series, double value, String note, List<Double> dots) {
    }

    private record Reference(String name, double value) {
    }

    private final String title;
    private final String valueLabel;
    private final List<Bar> bars = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private boolean log;
    private Double from;
    private DoubleFunction<String> format = Format::si;
    private List<String> seriesOrder = List.of();

    public BarChart(String title, String valueLabel) {
        this.title = title;
        this.valueLabel = valueLabel;
    }

    public BarChart log(boolean logScale) {
        this.log = logScale;
        return this;
    }

    /** Bars start at this value rather than at zero (or the axis start): e.g. 1 for ratios on a log axis. */
    public BarChart from(double baseValue) {
        this.from = baseValue;
        return this;
    }

    /**
     * Series in this order take its position as their colour and legend place, whether or not every one has a
     * bar here (run A stays blue even where it has none); other series follow in the order they are added.
     */
    public BarChart seriesOrder(List<String> order) {
        this.seriesOrder = List.copyOf(order);
        return this;
    }

    public BarChart format(DoubleFunction<String> valueFormat) {
        this.format = valueFormat;
        return this;
    }

    /** Adds one bar; {@code note} shows beside it and on hover. */
    public BarChart bar(String category, String series, double value, String note) {
        return bar(category, series, value, note, List.of());
    }

    /** Adds one bar with its individual samples (e.g. JMH iterations) drawn as dots over it. */
    public BarChart bar(String category, String series, double value, String note, List<Double> dots) {
        if (Double.isFinite(value) && (!log || value > 0)) {
            bars.add(new Bar(category, series, value, note == null ? "" : note,
                    dots.stream().filter(d -> Double.isFinite(d) && (!log || d > 0)).toList()));
        }
        return this;
    }

    /** A vertical dashed line across all bars, such as the machine's floor. */
    public BarChart reference(String name, double value) {
        if (Double.isFinite(value) && (!log || value > 0)) {
            references.add(new Reference(name, value));
        }
        return this;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public String toSvg() {
        Map<String, List<Bar>> byCategory = new LinkedHashMap<>();
        bars.forEach(b -> byCategory.computeIfAbsent(b.category(), c -> new ArrayList<>()).add(b));
        List<String> seriesNames = bars.stream().map(Bar::series).distinct()
                .sorted(java.util.Comparator.comparingInt(this::colourIndex)).toList();
        // A group is as tall as its fullest category, so a category with one bar has it beside its label.
        int slots = byCategory.values().stream().mapToInt(List::size).max().orElse(1);
        int groupHeight = slots * BAR + 10;
        int top = seriesNames.size() > 1 ? TOP : TOP - 28;
        int bottom = top + byCategory.size() * groupHeight + 8 + references.size() * 18;
        int height = bottom + 60;
        double[] values = java.util.stream.Stream.of(bars.stream().map(Bar::value), bars.stream().flatMap(b -> b.dots().stream()),
                references.stream().map(Reference::value)).flatMap(v -> v).mapToDouble(Double::doubleValue).toArray();
        double min = java.util.Arrays.stream(values).min().orElse(1);
        double max = java.util.Arrays.stream(values).max().orElse(10);
        Scale scale = log ? Scale.log(min, max) : Scale.linear(Math.min(0, min), Math.max(0, max), true);

        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, height, title));
        for (double t : scale.ticks()) {
            double x = x(scale, t);
            svg.append("<line x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x)).append("\" y1=\"").append(top)
                    .append("\" y2=\"").append(bottom).append("\" stroke=\"").append(t == (from != null ? from : 0) && (!log || from != null) ? "#555" : "#e4e4e4")
                    .append("\"/>\n").append(Svg.text(x, bottom + 20, "middle", 14, format.apply(t)));
        }
        double base = from != null ? from : log ? scale.min() : 0;
        double y = top + 4;
        for (Map.Entry<String, List<Bar>> group : byCategory.entrySet()) {
            svg.append("<text x=\"").append(LEFT - 10).append("\" y=\"").append(Svg.n(y + groupHeight / 2.0))
                    .append("\" text-anchor=\"end\" font-size=\"12\"><title>").append(Svg.esc(group.getKey()))
                    .append("</title>").append(Svg.esc(Svg.shorten(group.getKey(), 58))).append("</text>\n");
            List<Bar> inOrder = group.getValue().stream()
                    .sorted(java.util.Comparator.comparingInt(b -> colourIndex(b.series()))).toList();
            for (int slot = 0; slot < inOrder.size(); slot++) {
                Bar b = inOrder.get(slot);
                double by = y + slot * BAR;
                double x0 = x(scale, Math.min(base, b.value()));
                double x1 = x(scale, Math.max(base, b.value()));
                if (marksOnly()) {
                    // A bar's length on a log axis depends on where the axis starts: show the value as a mark and
                    // the spread of its dots as a whisker instead.
                    x1 = x(scale, b.value());
                    x0 = x1 - 2;
                    whisker(svg, scale, b, by);
                }
                svg.append("<rect x=\"").append(Svg.n(x0)).append("\" y=\"").append(Svg.n(by)).append("\" width=\"")
                        .append(Svg.n(Math.max(marksOnly() ? 4 : 1, x1 - x0 + (marksOnly() ? 2 : 0)))).append("\" height=\"")
                        .append(BAR - 3).append("\" fill=\"")
                        .append(Svg.color(colourIndex(b.series()))).append("\"><title>").append(Svg.esc(b.category()))
                        .append(" · ").append(Svg.esc(b.series())).append(": ").append(Svg.esc(format.apply(b.value())))
                        .append(' ').append(Svg.esc(b.note())).append("</title></rect>\n");
                for (double d : b.dots()) {
                    svg.append("<circle cx=\"").append(Svg.n(x(scale, d))).append("\" cy=\"").append(Svg.n(by + (BAR - 3) / 2.0))
                            .append("\" r=\"3\" fill=\"#fff\" stroke=\"#222\"><title>").append(Svg.esc(format.apply(d)))
                            .append("</title></circle>\n");
                }
                double labelX = Math.max(x1, b.dots().stream().mapToDouble(d -> x(scale, d)).max().orElse(x1) + 4);
                svg.append(Svg.text(Math.max(labelX, x(scale, base)) + 6, by + BAR - 6, "start", 12,
                        format.apply(b.value()) + (b.note().isEmpty() ? "" : " " + b.note())));
            }
            y += groupHeight;
        }
        double ry = y + 14;
        for (Reference r : references) {
            double x = x(scale, r.value());
            svg.append("<line x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x)).append("\" y1=\"").append(top)
                    .append("\" y2=\"").append(bottom).append("\" stroke=\"#333\" stroke-width=\"2\" stroke-dasharray=\"8,4\"/>\n")
                    .append(Svg.text(x + 6, ry, "start", 13, r.name() + " = " + format.apply(r.value())));
            ry += 18;
        }
        svg.append(Svg.text((LEFT + RIGHT) / 2.0, height - 16, "middle", 15, valueLabel));
        if (seriesNames.size() > 1) {
            legend(svg, seriesNames);
        }
        return svg.append("</svg>\n").toString();
    }

    /** On a log axis with no chosen base, a value is a mark (its dots a whisker), not a bar from the axis start. */
    private boolean marksOnly() {
        return log && from == null;
    }

    /** A thin line in the series' colour from the lowest to the highest of the value and its dots. */
    private void whisker(StringBuilder svg, Scale scale, Bar b, double by) {
        double low = b.dots().stream().mapToDouble(Double::doubleValue).min().orElse(b.value());
        double high = b.dots().stream().mapToDouble(Double::doubleValue).max().orElse(b.value());
        if (high <= low) {
            return;
        }
        double cy = by + (BAR - 3) / 2.0;
        svg.append("<line x1=\"").append(Svg.n(x(scale, Math.min(low, b.value())))).append("\" x2=\"")
                .append(Svg.n(x(scale, Math.max(high, b.value())))).append("\" y1=\"").append(Svg.n(cy)).append("\" y2=\"")
                .append(Svg.n(cy)).append("\" stroke=\"").append(Svg.color(colourIndex(b.series())))
                .append("\" stroke-width=\"2\"/>\n");
    }

    /** The series' place in the fixed order, else after it in the order bars were added. */
    private int colourIndex(String series) {
        int fixed = seriesOrder.indexOf(series);
        if (fixed >= 0) {
            return fixed;
        }
        return seriesOrder.size() + (int) bars.stream().map(Bar::series).distinct()
                .filter(s -> !seriesOrder.contains(s)).takeWhile(s -> !s.equals(series)).count();
    }

    private static double x(Scale scale, double v) {
        return LEFT + scale.fraction(v) * (RIGHT - LEFT);
    }

    private void legend(StringBuilder svg, List<String> seriesNames) {
        // One row under the title, so long value labels beside the bars never run into it.
        double x = LEFT;
        for (int i = 0; i < seriesNames.size(); i++) {
            svg.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"42\" width=\"14\" height=\"14\" fill=\"")
                    .append(Svg.color(colourIndex(seriesNames.get(i)))).append("\"/>\n")
                    .append(Svg.text(x + 20, 54, "start", 13, seriesNames.get(i)));
            x += 40 + seriesNames.get(i).length() * 8;
        }
    }
}
