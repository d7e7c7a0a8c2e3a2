package org.ipclab.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.run.Format;

/**
 * A comparison's rows as dots, one per fork: for each row the baseline's forks (hollow) and the other
 * side's forks (filled), placed by their change against the baseline's centre, with the 95% interval of the
 * change as a whisker and the equivalence band shaded. Showing forks rather than bars lets a reader see
 * at once whether a change is carried by all forks or by one odd JVM.
 *
 * <pre>
 *   rtt size=64 · B    ○ ○○ |     ●●  ●     ├──┼──┤
 *                        band          whisker = 95% CI of the change
 * </pre>
 */
public final class ForkChart {
    private static final int WIDTH = 1200;
    private static final int LEFT = 420;
    private static final int RIGHT = WIDTH - 60;
    private static final int TOP = 70;
    private static final int ROW = 24;

    private record Row(String label, List<Double> baseline, List<Double> forks, Double change, Double low, Double high,
                       int colour, String note) {
    }

    private static final String FORK_CAPTION = "change against the baseline's centre; ○ baseline forks, ● forks of the run,"
            + " ├┤ 95%% CI, shaded ±%s%% band";

    private final String title;
    private final double bandPct;
    private final String caption;
    private final String dotName;
    private final List<Row> rows = new ArrayList<>();

    public ForkChart(String title, double bandPct) {
        this(title, bandPct, String.format(FORK_CAPTION, Format.si(bandPct)), "fork");
    }

    /** The same chart over other dots: {@code dotName} names one in its tooltip ("row"), the caption says what they are. */
    public ForkChart(String title, double bandPct, String caption, String dotName) {
        this.title = title;
        this.bandPct = bandPct;
        this.caption = caption;
        this.dotName = dotName;
    }

    /** Fork values and the change are in percent of the baseline's centre; nulls are absent. */
    public ForkChart row(String label, List<Double> baselinePct, List<Double> forksPct, Double changePct, Double lowPct,
                         Double highPct, int runIndex, String note) {
        rows.add(new Row(label, finite(baselinePct), finite(forksPct), changePct, lowPct, highPct, runIndex, note));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String toSvg() {
        List<Double> all = new ArrayList<>(List.of(-bandPct, bandPct));
        for (Row r : rows) {
            all.addAll(r.baseline());
            all.addAll(r.forks());
            for (Double v : new Double[] {r.change(), r.low(), r.high()}) {
                if (v != null && Double.isFinite(v)) {
                    all.add(v);
                }
            }
        }
        Scale scale = Scale.linear(all.stream().mapToDouble(d -> d).min().orElse(-10),
                all.stream().mapToDouble(d -> d).max().orElse(10), true);
        int bottom = TOP + rows.size() * ROW + 8;
        int height = bottom + 56;
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, height, title));
        double bx0 = x(scale, -bandPct);
        svg.append("<rect x=\"").append(Svg.n(bx0)).append("\" y=\"").append(TOP).append("\" width=\"")
                .append(Svg.n(x(scale, bandPct) - bx0)).append("\" height=\"").append(bottom - TOP)
                .append("\" fill=\"#eef3ea\"><title>equivalence band ±").append(Format.si(bandPct)).append("%</title></rect>\n");
        for (double t : scale.ticks()) {
            double x = x(scale, t);
            svg.append("<line x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(bottom).append("\" stroke=\"").append(t == 0 ? "#555" : "#e4e4e4").append("\"/>\n")
                    .append(Svg.text(x, bottom + 20, "middle", 14, Format.signedWholePercent(t)));
        }
        double y = TOP + ROW / 2.0;
        for (Row r : rows) {
            svg.append("<text x=\"").append(LEFT - 10).append("\" y=\"").append(Svg.n(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\"><title>").append(Svg.esc(r.label() + " " + r.note()))
                    .append("</title>").append(Svg.esc(Svg.shorten(r.label(), 58))).append("</text>\n");
            if (r.low() != null && r.high() != null) {
                double x0 = x(scale, r.low());
                double x1 = x(scale, r.high());
                svg.append("<path d=\"M").append(Svg.n(x0)).append(' ').append(Svg.n(y - 5)).append("v10M").append(Svg.n(x0))
                        .append(' ').append(Svg.n(y)).append("H").append(Svg.n(x1)).append("M").append(Svg.n(x1)).append(' ')
                        .append(Svg.n(y - 5)).append("v10\" stroke=\"#222\" fill=\"none\"><title>95% CI of the change ")
                        .append(Format.signedPercent(r.low())).append(" to ").append(Format.signedPercent(r.high()))
                        .append("</title></path>\n");
            }
            for (double v : r.baseline()) {
                dot(svg, x(scale, v), y - 4, "#fff", "#777", "baseline " + dotName + " " + Format.signedPercent(v));
            }
            for (double v : r.forks()) {
                dot(svg, x(scale, v), y + 4, Svg.color(r.colour()), "#222", dotName + " " + Format.signedPercent(v));
            }
            if (r.change() != null && Double.isFinite(r.change())) {
                svg.append("<rect x=\"").append(Svg.n(x(scale, r.change()) - 1.5)).append("\" y=\"").append(Svg.n(y - 9))
                        .append("\" width=\"3\" height=\"18\" fill=\"").append(Svg.color(r.colour())).append("\"><title>change ")
                        .append(Format.signedPercent(r.change())).append(' ').append(Svg.esc(r.note()))
                        .append("</title></rect>\n");
            }
            y += ROW;
        }
        svg.append(Svg.text((LEFT + RIGHT) / 2.0, height - 16, "middle", 15, caption));
        return svg.append("</svg>\n").toString();
    }

    private static void dot(StringBuilder svg, double x, double y, String fill, String stroke, String title) {
        svg.append("<circle cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"3.5\" fill=\"")
                .append(fill).append("\" stroke=\"").append(stroke).append("\"><title>").append(Svg.esc(title))
                .append("</title></circle>\n");
    }

    private static List<Double> finite(List<Double> values) {
        return values == null ? List.of() : values.stream().filter(Double::isFinite).toList();
    }

    private static double x(Scale scale, double v) {
        return LEFT + scale.fraction(v) * (RIGHT - LEFT);
    }
}
