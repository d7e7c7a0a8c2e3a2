package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ipclab.report.chart.Chart;
import org.ipclab.report.chart.ChartPlanner;
import org.ipclab.report.chart.RunRows;
import org.ipclab.report.read.RunFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartPlannerTest {
    @TempDir
    Path temp;
    private List<Chart> charts;

    @BeforeEach
    void planOneRun() throws IOException {
        RunFolder run = RunFolder.read(SampleRuns.standard(temp.resolve("a"), "run-a", 1.0));
        charts = ChartPlanner.plan(List.of(new RunRows("", run.rows(), run.floorRttNs())));
    }

    @Test
    void shouldDrawChannelRttAgainstSizeWithTheMachineFloorMarked() {
        Chart rtt = titled("queue · rtt · rtt (ns) against size");
        assertTrue(rtt.svg().contains("machine floor (cache-line RTT p50) = 500 ns"), rtt.svg());
        assertTrue(rtt.svg().contains("transport=pipe") && rtt.svg().contains("transport=tcp"), "a line per transport");
        assertTrue(rtt.svg().contains("message size (bytes)"));
    }

    @Test
    void shouldDrawFixedRateLatencyAgainstOfferedLoad() {
        assertTrue(titled("queue · fixed-rate · rtt (ns) · size=64 transport=pipe against rate").svg()
                .contains("offered load (msgs/s)"));
    }

    @Test
    void shouldDrawLockThroughputAgainstThreadsPerStrategyWithConstantsInTheTitle() {
        Chart counter = titled("lock · counter · op (ops/s) · work=0 against threads");
        for (String strategy : List.of("strategy=synchronized", "strategy=reentrant", "strategy=none")) {
            assertTrue(counter.svg().contains(">" + strategy + "<"), strategy + " in the legend");
        }
    }

    @Test
    void shouldChartTheWorstLostUpdatesAndSayWhenACheckStayedAtZero() {
        Chart lost = titled("lock · counter · lost-updates");
        assertTrue(lost.svg().contains("480"), "strategy=none at 4 threads lost 480 in its worst repetition");
        assertTrue(charts.stream().noneMatch(c -> c.isNote() && c.title().contains("lost-updates")));
    }

    @Test
    void shouldPutCreationCostsOnOneLogAxisAndTailsOnTheNinesAxis() {
        Chart overview = titled("process: every latency, median and p99 (log scale)");
        assertTrue(overview.svg().contains("spawn kind=jvm · start") && overview.svg().contains("future kind=executor"));
        assertTrue(titled("queue · rtt · rtt: latency by percentile").svg().contains("99.99%"));
    }

    @Test
    void shouldLeaveSkippedAndFailedRowsOutOfTheCharts() {
        List<String> mentioning = charts.stream().filter(c -> c.svg().contains("start-to-join")
                || c.svg().contains("transport=fifo")).map(Chart::title).toList();
        assertEquals(List.of(), mentioning);
        assertEquals(charts.size(), charts.stream().map(Chart::title).distinct().count(), "no chart twice");
    }

    private Chart titled(String start) {
        return charts.stream().filter(c -> c.title().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart '" + start + "' among " + charts.stream().map(Chart::title).toList()));
    }
}
