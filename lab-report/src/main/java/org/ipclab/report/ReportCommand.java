package org.ipclab.report;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipclab.core.cli.LabVersion;
import org.ipclab.report.compare.ResolutionLines;
import org.ipclab.report.html.RunReport;
import org.ipclab.report.read.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report RUN...}: writes each run's own report/index.html (charts inline, works from file://). */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = LabVersion.class,
        description = "Write report/index.html inside each result folder: environment, summary and charts, self-contained.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "result folder(s), e.g. results/latest")
    List<Path> runs;

    @Override
    public Integer call() throws Exception {
        for (RunFolder run : Runs.readAll(runs, "report")) {
            List<String> resolution = ResolutionLines.ofRun(run);
            spec.commandLine().getOut().println(RunReport.writeInto(run, resolution));
            // On stderr, with the progress: a note on the run, not one of the paths this command outputs.
            resolution.forEach(l -> spec.commandLine().getErr().println("resolution: " + l));
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return 0;
    }
}
