package org.ipclab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipclab.core.AtomicFiles;
import org.ipclab.core.cli.BadInputException;
import org.ipclab.core.cli.LabVersion;
import org.ipclab.core.cli.WritableFolder;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.DisturbedForks;
import org.ipclab.report.compare.ComparisonFormat;
import org.ipclab.report.compare.PairedRow;
import org.ipclab.report.html.ComparePage;
import org.ipclab.report.read.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare SIDE_A SIDE_B [SIDE...]}, a side being one result folder or several separated by commas
 * (their forks pooled): compares each side's forks with the first side's, prints the table and writes an
 * HTML page with charts; optionally fails (exit 1) on a regression.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = LabVersion.class,
        description = {"Compare sides against the first (the baseline), fork by fork: centres, change with a 95%% interval,",
            "Benjamini-Hochberg adjusted Welch's t over the logs of the fork centres (twin by twin for the two sides of one",
            "two-sided run when its rounds moved both alike), verdict against an equivalence band, environments",
            "side by side. A side is a result folder or several joined by commas (forks pooled), e.g. a1,a2 b1,b2.",
            "Exit 1 on --fail-on-regression, 2 on bad input."})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "SIDE", description = "result folder(s) of a side, comma-separated; the first side is the baseline")
    List<String> sides;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "table on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); benchstat: Go benchmark"
                    + " lines, one per fork, for 'benchstat -col side'; github: the last side's rows for"
                    + " github-action-benchmark's customSmallerIsBetter tool (rates as ns per item)")
    ComparisonFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for the HTML page (default: <first run>/compare)")
    Path out;

    @Option(names = "--threshold", defaultValue = "3", paramLabel = "PCT",
            description = "equivalence band: changes within ±PCT percent count as the same (default: ${DEFAULT-VALUE})")
    String threshold;

    @Option(names = "--keep-disturbed",
            description = "count the forks the runner flagged as disturbed (steal or other processes on the CPUs); by default"
                    + " they count only between the two sides of one two-sided run, whose twins met the same host")
    boolean keepDisturbed;

    @Option(names = "--drop-disturbed",
            description = "leave the forks the runner flagged as disturbed out, also between the two sides of one two-sided run")
    boolean dropDisturbed;

    @Option(names = "--fail-on-regression", paramLabel = "PCT",
            description = "exit 1 when any row is called slower (or worse) than the baseline by more than PCT percent")
    Double failPercent;

    @Override
    public Integer call() throws IOException {
        if (failPercent != null && (failPercent.isNaN() || failPercent.isInfinite() || failPercent < 0)) {
            throw new BadInputException("--fail-on-regression " + failPercent + ": expected a percentage >= 0, e.g. 5");
        }
        if (keepDisturbed && dropDisturbed) {
            throw new BadInputException("--keep-disturbed and --drop-disturbed: give one or neither (neither: disturbed forks"
                    + " count only between the two sides of one two-sided run)");
        }
        double band = thresholdPct();
        if (Double.isNaN(band)) {
            throw new BadInputException("--threshold " + threshold + ": expected a percentage from 0 to 100 (exclusive), e.g. 3");
        }
        List<List<Path>> dirs = new ArrayList<>();
        for (String side : sides) {
            List<Path> folders = new ArrayList<>();
            for (String part : side.split(",", -1)) {
                if (part.isBlank()) {
                    throw new BadInputException("side '" + side + "' has an empty folder name; expected DIR or DIR1,DIR2");
                }
                folders.add(Path.of(part.strip()));
            }
            dirs.add(folders);
        }
        Path firstDir = dirs.get(0).get(0);
        Path pageDir = out != null ? out : firstDir.resolve("compare");
        if (out != null) {
            WritableFolder.require("--out '" + out + "'", out);
        } else if (Files.isDirectory(firstDir)) {
            // A first side that is no folder is refused below, by reading it, with a better message.
            WritableFolder.require("the page's folder " + pageDir, pageDir, "; give --out DIR");
        }
        List<List<RunFolder>> folders = new ArrayList<>();
        for (List<Path> side : dirs) {
            folders.add(Runs.readAll(side, "compare"));
        }
        Comparison comparison = Comparison.ofSides(folders, band, keepDisturbed ? DisturbedForks.COUNTED
                : dropDisturbed ? DisturbedForks.LEFT_OUT : DisturbedForks.TWINS_ONLY);
        String disjoint = CommonRows.missing(comparison);
        if (disjoint != null) {
            throw new BadInputException(disjoint);
        }
        spec.commandLine().getOut().print(format.render(comparison));
        spec.commandLine().getOut().flush();

        Path page = Files.createDirectories(pageDir).resolve("index.html");
        AtomicFiles.write(page, ComparePage.render(comparison, "IPC Lab comparison: " + String.join(" vs ",
                comparison.sides().stream().map(s -> s.runIds()).toList())));
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

    /** NaN when the value is not a percentage in [0, 100). */
    private double thresholdPct() {
        try {
            double v = Double.parseDouble(threshold.strip());
            return Double.isFinite(v) && v >= 0 && v < 100 ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
