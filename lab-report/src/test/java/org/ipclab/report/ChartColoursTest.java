package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.ipclab.report.chart.Chart;
import org.ipclab.report.chart.ChartPlanner;
import org.ipclab.report.chart.RunRows;
import org.ipclab.report.read.MeasuredRow.SampleSource;
import org.ipclab.report.read.MeasuredRow;
import org.junit.jupiter.api.Test;

class ChartColoursTest {

    @Test
    void shouldGiveRunATheSameColourAndLegendPlaceInEveryBarChart() {
        // Run A has no virtual threads, whose bars (cheapest) come first: B's bars lead that chart, not A's.
        List<MeasuredRow> a = List.of(
                latency("spawn", "mechanism=vfork", "start-to-exit", 660_000),
                latency("spawn", "mechanism=fork", "start-to-exit", 2_500_000),
                latency("thread", "kind=platform", "start-to-join", 93_000),
                skipped("thread", "kind=virtual", "start-to-join"));
        List<MeasuredRow> b = List.of(
                latency("thread", "kind=virtual", "start-to-join", 55_000),
                latency("thread", "kind=platform", "start-to-join", 116_000),
                latency("spawn", "mechanism=fork", "start-to-exit", 3_400_000),
                latency("spawn", "mechanism=vfork", "start-to-exit", 630_000));
        List<Chart> charts = ChartPlanner.plan(List.of(run("A", a), run("B", b)));

        Chart spawn = titled(charts, "process · spawn · start-to-exit (ns)");
        Chart thread = titled(charts, "process · thread · start-to-join (ns)");
        assertEquals(barColour(spawn, "A"), barColour(thread, "A"), "run A's colour");
        assertEquals(barColour(spawn, "B"), barColour(thread, "B"), "run B's colour");
        assertTrue(!barColour(thread, "A").equals(barColour(thread, "B")), "runs told apart");
        for (Chart chart : List.of(spawn, thread)) {
            assertTrue(chart.svg().indexOf(">A</text>") < chart.svg().indexOf(">B</text>"), "A first in the legend");
        }
    }

    @Test
    void shouldKeepALineSeriesColourAcrossTheLineChartsOfOnePage() {
        List<MeasuredRow> rows = new ArrayList<>();
        for (int size : List.of(64, 1024)) {
            rows.add(latency("rtt", "size=" + size + ";transport=pipe", "rtt", 9_000 + size));
            rows.add(latency("rtt", "size=" + size + ";transport=tcp", "rtt", 20_000 + size));
            rows.add(latency("stream", "size=" + size + ";transport=tcp", "rtt", 30_000 + size));
            rows.add(latency("stream", "size=" + size + ";transport=pipe", "rtt", 10_000 + size));
        }
        List<Chart> charts = ChartPlanner.plan(List.of(run("", rows)));

        Chart rtt = titled(charts, "process · rtt · rtt (ns) against size");
        Chart stream = titled(charts, "process · stream · rtt (ns) against size");
        assertEquals(lineColour(rtt, "transport=pipe"), lineColour(stream, "transport=pipe"));
        assertEquals(lineColour(rtt, "transport=tcp"), lineColour(stream, "transport=tcp"));
    }

    private static RunRows run(String label, List<MeasuredRow> rows) {
        return new RunRows(label, rows, OptionalDouble.empty());
    }

    private static MeasuredRow latency(String caseName, String params, String metric, long p50) {
        return new MeasuredRow(new ResultRow("process", caseName, Params.parse(params), metric, Unit.NS, 600, (double) p50, p50, p50,
                p50 * 2, p50 * 3, p50 * 4, null, RowStatus.OK, null), caseName, List.of(), SampleSource.NONE, Optional.empty(), List.of());
    }

    private static MeasuredRow skipped(String caseName, String params, String metric) {
        return new MeasuredRow(new ResultRow("process", caseName, Params.parse(params), metric, Unit.NONE, 0, null, null, null, null, null, null,
                null, RowStatus.skipped("needs-jdk21"), null), caseName, List.of(), SampleSource.NONE, Optional.empty(), List.of());
    }

    private static String barColour(Chart chart, String run) {
        return only(chart, Pattern.compile("fill=\"(#[0-9a-f]{6})\"><title>[^<]* · " + run + ": "));
    }

    private static String lineColour(Chart chart, String series) {
        return only(chart, Pattern.compile("<title>" + series + "</title><path d=\"[^\"]*\" fill=\"none\" stroke=\"(#[0-9a-f]{6})\""));
    }

    /** The colour the pattern finds, the same wherever it finds it. */
    private static String only(Chart chart, Pattern pattern) {
        Matcher m = pattern.matcher(chart.svg());
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertTrue(!found.isEmpty(), pattern + " in " + chart.title());
        assertEquals(1, found.stream().distinct().count(), "one colour in " + chart.title());
        return found.get(0);
    }

    private static Chart titled(List<Chart> charts, String start) {
        return charts.stream().filter(c -> c.title().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart '" + start + "' among " + charts.stream().map(Chart::title).toList()));
    }
}
