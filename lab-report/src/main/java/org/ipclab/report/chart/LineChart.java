package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;
import org.ipclab.core.run.Format;

/**
 * An XY line chart drawn as inline SVG: linear or log axes, one line per series, a legend on the right,
 * and optional horizontal reference lines (such as the machine's calibrated floor).
 */
public final class LineChart {
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 540;
    private static final int LEFT = 96;
    private static final int RIGHT = WIDTH - 340;
    private static final int TOP = 52;
    private static final int BOTTOM = HEIGHT - 64;

    /** One point in data units. */
    public record Point(double x, double y) {
    }

    private record Series(String name, List<Point> points) {
    }

    private record Reference(String name, double y) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private Scale xScale;
    private Scale yScale;
    private List<Double> xTicks;
    private DoubleFunction<String> xFormat = Format::si;
    private DoubleFunction<String> yFormat = Format::si;
    private boolean xLog;
    private boolean yLog;
    private boolean yFromZero;
    private boolean integerX;
    private SeriesColours colours;

    public LineChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    public LineChart logX(boolean log) {
        this.xLog = log;
        return this;
    }

    public LineChart logY(boolean log) {
        this.yLog = log;
        return this;
    }

    /** Only whole-number ticks on x (thread counts cannot be 1.5). */
    public LineChart integerX() {
        this.integerX = true;
        return this;
    }

    public LineChart yFromZero() {
        this.yFromZero = true;
        return this;
    }

    /** Fixes the x axis (e.g. the nines axis) with its own ticks. */
    public LineChart xAxis(Scale scale, List<Double> ticks) {
        this.xScale = scale;
        this.xTicks = ticks;
        return this;
    }

    /** Ticks on x exactly at these values (e.g. the measured thread counts), on the usual scale. */
    public LineChart xTicksAt(List<Double> ticks) {
        this.xTicks = List.copyOf(ticks);
        return this;
    }

    /** Series take their colour, dash and legend order from {@code shared}, so they look alike in every chart using it. */
    LineChart colours(SeriesColours shared) {
        this.colours = shared;
        return this;
    }

    public LineChart xFormat(DoubleFunction<String> format) {
        this.xFormat = format;
        return this;
    }

    public LineChart yFormat(DoubleFunction<String> format) {
        this.yFormat = format;
        return this;
    }

    public LineChart series(String name, List<Point> points) {
        List<Point> usable = points.stream().filter(p -> usable(p.x(), xLog) && usable(p.y(), yLog)).toList();
        if (!usable.isEmpty()) {
            series.add(new Series(name, usable));
        }
        return this;
    }

    public LineChart reference(String name, double y) {
        if (usable(y, yLog)) {
            references.add(new Reference(name, y));
        }
        return this;
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    private static boolean usable(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    public String toSvg() {
        double[] xs0 = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::x).toArray();
        Scale xs = xScale != null ? xScale : xLog ? scale(xs0, true, false) : paddedLinear(xs0);
        double[] ys = java.util.stream.DoubleStream.concat(
                series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::y),
                references.stream().mapToDouble(Reference::y)).toArray();
        Scale yScaleUsed = yScale != null ? yScale : scale(ys, yLog, yFromZero);
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, HEIGHT, title));
        axes(svg, xs, xTicks != null ? xTicks : xs.ticks(), yScaleUsed);
        List<Series> ordered = ordered();
        for (int i = 0; i < ordered.size(); i++) {
            drawSeries(svg, ordered.get(i), colourIndex(ordered, i), xs, yScaleUsed);
        }
        for (Reference r : references) {
            double y = py(yScaleUsed, r.y());
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"").append(Svg.n(y))
                    .append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"#333\" stroke-width=\"2\" stroke-dasharray=\"8,4\"/>\n")
                    .append(Svg.text(LEFT + 6, y - 6, "start", 13, r.name() + " = " + yFormat.apply(r.y())));
        }
        legend(svg, ordered);
        return svg.append("</svg>\n").toString();
    }

    /** Series by their shared colour, so legends list them alike in every chart; as added where colours are local. */
    private List<Series> ordered() {
        if (!sharedColours()) {
            return series;
        }
        return series.stream().sorted(Comparator.comparingInt(s -> colours.line(s.name()))).toList();
    }

    /**
     * Whether this chart's series all have a plain shared colour; a chart that cannot have that (too many
     * series, or names that came after the palette ran out) numbers its own, plain colours first.
     */
    private boolean sharedColours() {
        if (colours == null || series.size() > Svg.colours()) {
            return false;
        }
        series.forEach(s -> colours.line(s.name())); // new names numbered in the order they were added
        return series.stream().allMatch(s -> colours.line(s.name()) < Svg.colours());
    }

    private int colourIndex(List<Series> ordered, int place) {
        return sharedColours() ? colours.line(ordered.get(place).name()) : place;
    }

    /** A little room either side, so points at the ends of a sweep do not sit on the frame. */
    private static Scale paddedLinear(double[] values) {
        double min = java.util.Arrays.stream(values).min().orElse(0);
        double max = java.util.Arrays.stream(values).max().orElse(1);
        double pad = Math.max((max - min) * 0.05, 1e-9);
        return Scale.linear(min - pad, max + pad, false);
    }

    private static Scale scale(double[] values, boolean log, boolean fromZero) {
        double min = java.util.Arrays.stream(values).min().orElse(1);
        double max = java.util.Arrays.stream(values).max().orElse(10);
        return log ? Scale.log(min, max) : Scale.linear(min, max, fromZero);
    }

    private static double px(Scale s, double x) {
        return LEFT + s.fraction(x) * (RIGHT - LEFT);
    }

    private static double py(Scale s, double y) {
        return BOTTOM - s.fraction(y) * (BOTTOM - TOP);
    }

    private void axes(StringBuilder svg, Scale xs, List<Double> xt, Scale ysc) {
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(RIGHT - LEFT)
                .append("\" height=\"").append(BOTTOM - TOP).append("\" fill=\"none\" stroke=\"#888\"/>\n");
        for (double t : xt) {
            if (integerX && t != Math.rint(t)) {
                continue;
            }
            double x = px(xs, t);
            svg.append("<line x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(BOTTOM).append("\" stroke=\"#e4e4e4\"/>\n")
                    .append(Svg.text(x, BOTTOM + 20, "middle", 14, xFormat.apply(t)));
        }
        for (double t : ysc.ticks()) {
            double y = py(ysc, t);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"").append(Svg.n(y))
                    .append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"#e4e4e4\"/>\n")
                    .append(Svg.text(LEFT - 8, y + 5, "end", 14, yFormat.apply(t)));
        }
        svg.append(Svg.text((LEFT + RIGHT) / 2.0, HEIGHT - 18, "middle", 15, xLabel));
        svg.append("<text transform=\"translate(22 ").append((TOP + BOTTOM) / 2).append(") rotate(-90)\" text-anchor=\"middle\""
                + " font-size=\"15\">").append(Svg.esc(yLabel)).append("</text>\n");
    }

    private void drawSeries(StringBuilder svg, Series s, int index, Scale xs, Scale ysc) {
        String color = Svg.color(index);
        StringBuilder path = new StringBuilder();
        for (Point p : s.points()) {
            path.append(path.length() == 0 ? "M" : " L").append(Svg.n(px(xs, p.x()))).append(',').append(Svg.n(py(ysc, p.y())));
        }
        svg.append("<g><title>").append(Svg.esc(s.name())).append("</title><path d=\"").append(path)
                .append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2.2\"").append(Svg.dash(index))
                .append("/>\n");
        if (s.points().size() <= 40) {
            for (Point p : s.points()) {
                svg.append("<circle cx=\"").append(Svg.n(px(xs, p.x()))).append("\" cy=\"").append(Svg.n(py(ysc, p.y())))
                        .append("\" r=\"3.5\" fill=\"").append(color).append("\"><title>").append(Svg.esc(s.name()))
                        .append(": ").append(Svg.esc(xFormat.apply(p.x()))).append(", ")
                        .append(Svg.esc(yFormat.apply(p.y()))).append("</title></circle>\n");
            }
        }
        svg.append("</g>\n");
    }

    private void legend(StringBuilder svg, List<Series> ordered) {
        int rowHeight = series.size() > 18 ? 14 : 22;
        int font = series.size() > 18 ? 11 : 13;
        double y = TOP + 8;
        for (int place = 0; place < ordered.size(); place++) {
            Series s = ordered.get(place);
            int i = colourIndex(ordered, place);
            svg.append("<line x1=\"").append(RIGHT + 16).append("\" x2=\"").append(RIGHT + 44).append("\" y1=\"")
                    .append(Svg.n(y)).append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"").append(Svg.color(i))
                    .append("\" stroke-width=\"3\"").append(Svg.dash(i)).append("/>\n");
            svg.append("<text x=\"").append(RIGHT + 52).append("\" y=\"").append(Svg.n(y + 5)).append("\" font-size=\"")
                    .append(font).append("\"><title>").append(Svg.esc(s.name())).append("</title>")
                    .append(Svg.esc(Svg.shorten(s.name(), 36))).append("</text>\n");
            y += rowHeight;
        }
    }
}
