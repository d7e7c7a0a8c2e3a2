package org.ipclab.report.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipclab.core.AtomicFiles;
import org.ipclab.report.chart.ChartPlanner;
import org.ipclab.report.chart.RunRows;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.ResolutionLines;
import org.ipclab.report.read.RunFolder;

/**
 * A static site over several runs that works from file:// and any static host:
 * {@code index.html} (each run's change per module against the first, runs and environments),
 * {@code modules/<module>.html} (charts, and the comparison when there are several runs),
 * {@code runs/<run>/index.html} with the run's data files copied beside it.
 */
public final class PublishedSite {
    private PublishedSite() {
    }

    public static Path write(List<RunFolder> runs, Path out) throws IOException {
        Files.createDirectories(out.resolve("modules"));
        Map<RunFolder, String> folders = folderNames(runs);
        for (RunFolder run : runs) {
            Path dir = Files.createDirectories(out.resolve("runs").resolve(folders.get(run)));
            for (Map.Entry<String, Path> data : run.dataFiles().entrySet()) {
                Path target = dir.resolve(data.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(data.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            AtomicFiles.write(dir.resolve("index.html"), RunReport.render(run, "", "../../index.html", ResolutionLines.ofRun(run)));
        }
        List<String> modules = runs.stream().flatMap(r -> r.rows().stream()).map(m -> m.row().module()).distinct().toList();
        for (String module : modules) {
            AtomicFiles.write(out.resolve("modules").resolve(module + ".html"), modulePage(module, modules, runs, folders));
        }
        Path index = out.resolve("index.html");
        AtomicFiles.write(index, index(runs, modules, folders));
        return index;
    }

    private static Map<RunFolder, String> folderNames(List<RunFolder> runs) {
        Map<RunFolder, String> names = new LinkedHashMap<>();
        for (RunFolder run : runs) {
            String base = run.runId().replaceAll("[^A-Za-z0-9._-]", "_");
            String name = base;
            for (int i = 2; names.containsValue(name); i++) {
                name = base + "-" + i;
            }
            names.put(run, name);
        }
        return names;
    }

    private static String index(List<RunFolder> runs, List<String> modules, Map<RunFolder, String> folders) {
        Comparison comparison = Comparison.of(runs);
        StringBuilder b = new StringBuilder("<h1>IPC Lab results</h1>\n<nav>Modules: ");
        modules.forEach(m -> b.append(Html.link("modules/" + m + ".html", m)).append(' '));
        b.append("</nav>\n<h2>Change against the baseline</h2>\n").append(HeadlineChart.of(comparison));
        b.append("<h2>Runs</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        for (RunFolder run : runs) {
            String dir = "runs/" + folders.get(run) + "/";
            rows.add(List.of(Html.link(dir + "index.html", run.runId()), Html.esc(run.info().suite()),
                    Html.esc(run.info().status()), Html.esc(run.info().start()), Html.esc(String.valueOf(run.rows().size())),
                    Html.link(dir + "summary.csv", "summary.csv") + " " + Html.link(dir + "run.json", "run.json")));
        }
        b.append(Html.table(List.of("run", "suite", "status", "start", "rows", "data"), rows));
        b.append("<h2>Environments</h2>\n");
        b.append(ComparePage.environments(comparison.environments()));
        return Html.page("IPC Lab results", b.toString());
    }

    private static String modulePage(String module, List<String> modules, List<RunFolder> runs, Map<RunFolder, String> folders) {
        StringBuilder b = new StringBuilder("<nav>").append(Html.link("../index.html", "← all runs"));
        modules.forEach(m -> b.append(Html.link(m + ".html", m)));
        b.append("</nav>\n<h1>Module ").append(Html.esc(module)).append("</h1>\n");
        List<RunFolder> only = runs.stream().map(r -> new RunFolder(r.dir(), r.info(),
                r.rows().stream().filter(m -> m.row().module().equals(module)).toList(), r.dataFiles())).toList();
        if (only.size() > 1) {
            Comparison c = Comparison.of(only);
            b.append("<h2>Runs</h2>\n<ul>");
            for (int i = 0; i < only.size(); i++) {
                b.append("<li>").append(Html.esc(c.labels().get(i))).append(": ")
                        .append(Html.link("../runs/" + folders.get(runs.get(i)) + "/index.html", only.get(i).runId()))
                        .append(i == 0 ? " (baseline)" : "").append("</li>");
            }
            b.append("</ul>\n").append(ComparePage.body(c));
        } else {
            RunFolder run = only.get(0);
            b.append("<p>Run ").append(Html.link("../runs/" + folders.get(runs.get(0)) + "/index.html", run.runId())).append("</p>\n");
            b.append(Html.charts(ChartPlanner.plan(List.of(new RunRows("", run.rows(), run.floorRttNs())))));
        }
        b.append("<h2>Data</h2>\n");
        for (int i = 0; i < only.size(); i++) {
            b.append("<h3>").append(Html.esc(only.get(i).runId())).append("</h3>\n")
                    .append(SummaryTable.of(only.get(i), only.get(i).rows(), "../runs/" + folders.get(runs.get(i)) + "/"));
        }
        return Html.page("IPC Lab · " + module, b.toString());
    }
}
