package org.ipclab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipclab.core.cli.LabVersion;
import org.ipclab.core.cli.WritableFolder;
import org.ipclab.report.html.PublishedSite;
import org.ipclab.report.read.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publish RUN... --out DIR}: a static site (inline SVG charts, data files copied) that works from file://. */
@Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = LabVersion.class,
        description = "Write a static site over the runs: index, a page per module, a page per run, charts inline, data linked.")
public final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "result folders; with several, the first is the baseline")
    List<Path> runs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the site (created if missing)")
    Path out;

    @Override
    public Integer call() throws IOException {
        WritableFolder.require("--out '" + out + "'", out);
        List<RunFolder> folders = Runs.readAll(runs, "publish");
        spec.commandLine().getOut().println(PublishedSite.write(folders, out));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
