package org.ipclab.dist;

import java.nio.file.Path;
import org.ipclab.core.cli.Cli;
import org.ipclab.core.cli.ConsoleStream;
import org.ipclab.core.cli.LabVersion;
import org.ipclab.core.cli.RunSuiteCommand;
import org.ipclab.queue.serve.ServeCommand;
import org.ipclab.report.CompareCommand;
import org.ipclab.report.FleetSummaryCommand;
import org.ipclab.report.PublishCommand;
import org.ipclab.report.ReportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The lab's command line: {@code run}, {@code report}, {@code compare}, {@code publish}, {@code serve} (the
 * responder of {@code run --peer-host} on another host) and {@code fleet-summary}, behind scripts/.
 */
@Command(name = "ipc-lab", mixinStandardHelpOptions = true, versionProvider = LabVersion.class,
        description = "IPC Lab: benchmarks of interprocess channels, locks and process/thread creation on the JVM.")
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ConsoleStream.install();
        CommandLine commandLine = new CommandLine(new Main())
                .addSubcommand("run", new RunSuiteCommand(Main::writeReport))
                .addSubcommand("report", new ReportCommand())
                .addSubcommand("compare", new CompareCommand())
                .addSubcommand("publish", new PublishCommand())
                .addSubcommand("serve", new ServeCommand())
                .addSubcommand("fleet-summary", new FleetSummaryCommand());
        System.exit(Cli.configure(commandLine).execute(args));
    }

    /** Every run folder gets its own report, made the same way publish makes the site. */
    private static void writeReport(Path runDir) {
        int exit = Cli.configure(new CommandLine(new ReportCommand())).execute(runDir.toString());
        if (exit != 0) {
            System.err.println("warning: the run's report could not be written (exit " + exit + ")");
        }
    }
}
