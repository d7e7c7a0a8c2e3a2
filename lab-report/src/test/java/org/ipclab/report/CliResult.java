package org.ipclab.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.ipclab.core.cli.Cli;
import picocli.CommandLine;

/** Runs one command the way the lab's main jar mounts it and keeps its exit code and output. */
record CliResult(int exitCode, String out, String err) {
    static CliResult run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.configure(new CommandLine(command));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliResult(code, out.toString(), err.toString());
    }
}
