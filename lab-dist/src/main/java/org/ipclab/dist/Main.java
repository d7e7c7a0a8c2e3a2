package org.ipclab.dist;

import org.ipclab.core.cli.Cli;
import org.ipclab.core.cli.RunSuiteCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The lab's command line: {@code run}, behind the scripts in scripts/. */
@Command(name = "ipc-lab", mixinStandardHelpOptions = true,
        description = "IPC Lab: benchmarks of interprocess channels, locks and process/thread creation on the JVM.")
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Main())
                .addSubcommand("run", new RunSuiteCommand(null));
        System.exit(Cli.configure(commandLine).execute(args));
    }
}
