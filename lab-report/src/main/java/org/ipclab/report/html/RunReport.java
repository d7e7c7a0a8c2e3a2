package org.ipclab.report.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipclab.core.AtomicFiles;
import org.ipclab.report.chart.Chart;
import org.ipclab.report.chart.ChartPlanner;
import org.ipclab.report.chart.RunRows;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.ResolutionLines;
import org.ipclab.report.read.ProfileRecord;
import org.ipclab.report.read.RunFolder;
import org.ipclab.report.read.RunJson.CaseEntry;

/** One run's report page: run facts, environment, summary table and its charts, all inline. */
public final class RunReport {
    private RunReport() {
    }

    /**
     * Writes {@code report/index.html} inside the run folder and returns its path; {@code resolution} is
     * {@link ResolutionLines#ofRun}, which the caller also prints.
     */
    public static Path writeInto(RunFolder run, List<String> resolution) throws IOException {
        Path out = Files.createDirectories(run.dir().resolve("report"));
        Path page = out.resolve("index.html");
        AtomicFiles.write(page, render(run, "../", null, resolution));
        return page;
    }

    /**
     * The page. {@code dataPrefix} leads from the page to the run's files; {@code home} (may be null)
     * links back to a site's index; {@code resolution} is {@link ResolutionLines#ofRun}.
     */
    public static String render(RunFolder run, String dataPrefix, String home, List<String> resolution) {
        List<Chart> charts = ChartPlanner.plan(List.of(new RunRows("", run.rows(), run.floorRttNs())));
        StringBuilder b = new StringBuilder();
        if (home != null) {
            b.append("<nav>").append(Html.link(home, "← all runs")).append("</nav>\n");
        }
        b.append("<h1>IPC Lab run ").append(Html.esc(run.runId())).append("</h1>\n");
        b.append(Html.facts(facts(run)));
        b.append("<p>Data: ");
        run.dataFiles().keySet().stream().filter(n -> !n.startsWith("hdr/"))
                .filter(n -> ProfileRecord.FOLDERS.stream().noneMatch(n::startsWith)) // linked per fork below
                .forEach(n -> b.append(Html.link(dataPrefix + n, n)).append(' '));
        b.append("</p>\n");
        warnings(run, b);
        b.append("<h2>Environment</h2>\n").append(Html.facts(run.environment().described()));
        b.append("<h2>Summary</h2>\n<p class=\"small\">Latency in time units (ns underneath); × floor = median RTT "
                + "divided by this machine's calibrated floor (two JVMs ping-ponging one cache line); × C = median "
                + "divided by the median of the same row measured in C (module c) in this run.</p>\n");
        b.append(SummaryTable.of(run, run.rows(), dataPrefix));
        resolution(resolution, b);
        b.append("<h2>Charts</h2>\n").append(Html.charts(charts));
        b.append(ProfileTable.of(run, dataPrefix));
        return Html.page("IPC Lab run " + run.runId(), b.toString());
    }

    static Map<String, String> facts(RunFolder run) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("run", run.runId());
        f.put("suite", run.info().suite());
        f.put("status", run.info().status());
        f.put("start / end", run.info().start() + " / " + run.info().end());
        f.put("command", run.info().commandLine());
        f.put("git commit", run.info().gitCommit());
        return f;
    }

    /** What comparing this run with another like it could call: from its own forks' spread. */
    private static void resolution(List<String> lines, StringBuilder b) {
        if (lines.isEmpty()) {
            return;
        }
        b.append("<h2>Resolution</h2>\n<p class=\"small\">The smallest change a comparison of this run with another like it "
                + "(as many forks, as scattered) would call 4 times in 5, and the forks a side a change of "
                + Comparison.REFERENCE_CHANGE_PCT + "% would need; compare shows it row by row.</p>\n<ul>");
        lines.forEach(l -> b.append("<li>").append(Html.esc(l)).append("</li>"));
        b.append("</ul>\n");
    }

    private static void warnings(RunFolder run, StringBuilder b) {
        for (CaseEntry c : run.info().cases()) {
            for (String w : c.warnings()) {
                b.append("<p class=\"warn\">").append(Html.esc(c.id() + ": " + w)).append("</p>\n");
            }
        }
    }
}
