package org.ipclab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipclab.core.AtomicFiles;
import org.ipclab.core.cli.WritableFolder;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.ComparisonFormat;
import org.ipclab.report.compare.PairedRow;
import org.ipclab.report.html.ComparePage;
import org.ipclab.report.read.ResultFolderException;
import org.ipclab.report.read.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare RUN_A RUN_B [RUN...]}: pairs the runs' rows against the first, prints the table and
 * writes an HTML page with charts; optionally fails (exit 1) on a significant regression.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare result folders against the first (the baseline): medians with 95%% intervals, p99, p99.9,",
            "change, Mann-Whitney U significance, environments side by side. Exit 1 on --fail-on-regression, 2 on bad input."})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "RUN", description = "result folders; the first is the baseline")
    List<Path> runs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "table on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ComparisonFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for the HTML page (default: <first run>/compare)")
    Path out;

    @Option(names = "--fail-on-regression", paramLabel = "PCT",
            description = "exit 1 when any row is significantly worse than the baseline by more than PCT percent")
    Double failPercent;

    @Override
    public Integer call() throws IOException {
        if (failPercent != null && (failPercent.isNaN() || failPercent.isInfinite() || failPercent < 0)) {
            return Cli.refuse(spec, "--fail-on-regression " + failPercent + ": expected a percentage >= 0, e.g. 5");
        }
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            return Cli.refuse(spec, "--out " + out + " is a file; expected a folder (it is created if missing)");
        }
        String unwritable = WritableFolder.problem(out != null ? out : runs.get(0).resolve("compare"));
        if (unwritable != null && (out != null || Files.isDirectory(runs.get(0)))) {
            return Cli.refuse(spec, (out != null ? "--out " + out : "the page's folder " + runs.get(0).resolve("compare"))
                    + " " + unwritable + (out != null ? "" : "; give --out DIR"));
        }
        List<RunFolder> folders;
        try {
            folders = Runs.readAll(runs);
        } catch (ResultFolderException e) {
            return Cli.refuse(spec, e.getMessage());
        }
        Comparison comparison = Comparison.of(folders);
        spec.commandLine().getOut().print(format.render(comparison));
        spec.commandLine().getOut().flush();

        Path dir = Files.createDirectories(out != null ? out : folders.get(0).dir().resolve("compare"));
        Path page = dir.resolve("index.html");
        AtomicFiles.write(page, ComparePage.render(comparison, "IPC Lab comparison: " + String.join(" vs ",
                folders.stream().map(RunFolder::runId).toList())));
        spec.commandLine().getErr().println("compare: HTML with charts in " + page);

        if (failPercent != null) {
            List<PairedRow> regressions = comparison.regressions(failPercent);
            regressions.forEach(r -> spec.commandLine().getErr().println("regression: " + r.module() + "/" + r.caseName()
                    + "/" + r.params() + "/" + r.metric() + " run " + r.run() + " " + ComparisonFormat.pct(r.changePct())
                    + " (" + r.verdictText() + ")"));
            spec.commandLine().getErr().flush();
            return regressions.isEmpty() ? 0 : 1;
        }
        spec.commandLine().getErr().flush();
        return 0;
    }
}
