package org.ipclab.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BarChartTest {
    private static final Pattern RECT_WIDTH = Pattern.compile("<rect x=\"[^\"]+\" y=\"[^\"]+\" width=\"([^\"]+)\" height=\"15\"");
    private static final Pattern WHISKER = Pattern.compile("<line [^>]*stroke-width=\"2\"/>");
    private static final Pattern DOT = Pattern.compile("<circle ");

    @Test
    void shouldDrawAMarkWithAWhiskerOverTheForksOnALogAxis() {
        String svg = new BarChart("rtt", "time").log(true)
                .bar("pipe", "median", 3_000, "", List.of(2_800.0, 3_000.0, 3_400.0, 60_000.0))
                .bar("tcp", "median", 6_000, "", List.of()).toSvg();

        List<Double> widths = widths(svg);
        assertEquals(2, widths.size(), svg);
        assertTrue(widths.stream().allMatch(w -> w <= 4), "marks, not bars from the axis start: " + widths);
        assertEquals(1, count(WHISKER, svg), "a whisker only where there are dots");
        assertEquals(4, count(DOT, svg), "one dot per fork");
    }

    @Test
    void shouldKeepBarsOnALinearAxis() {
        String svg = new BarChart("rate", "msgs/s").bar("pipe", "rate", 1_000, "", List.of(900.0, 1_100.0))
                .bar("tcp", "rate", 500, "", List.of()).toSvg();

        assertTrue(widths(svg).stream().allMatch(w -> w > 100), svg);
        assertEquals(0, count(WHISKER, svg));
        assertEquals(2, count(DOT, svg));
    }

    private static List<Double> widths(String svg) {
        return RECT_WIDTH.matcher(svg).results().map(m -> Double.parseDouble(m.group(1))).toList();
    }

    private static long count(Pattern p, String svg) {
        Matcher m = p.matcher(svg);
        return m.results().count();
    }
}
