package org.ipclab.report;

import picocli.CommandLine.Model.CommandSpec;

/** The report commands' shared way to refuse bad input: one line on stderr and exit code 2. */
final class Cli {
    static final int BAD_INPUT = 2;

    private Cli() {
    }

    static int refuse(CommandSpec spec, String message) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + message);
        spec.commandLine().getErr().flush();
        return BAD_INPUT;
    }
}
