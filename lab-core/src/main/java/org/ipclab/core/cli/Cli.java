package org.ipclab.core.cli;

import picocli.CommandLine;

/** Shared picocli set-up: user mistakes exit 2 with one message and a pointer to --help. */
public final class Cli {
    public static final int EXIT_BAD_INPUT = 2;

    private Cli() {
    }

    public static CommandLine configure(CommandLine commandLine) {
        return commandLine
                .setParameterExceptionHandler((e, args) -> {
                    CommandLine cmd = e.getCommandLine();
                    cmd.getErr().println("error: " + e.getMessage());
                    cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
                    return EXIT_BAD_INPUT;
                })
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    if (e instanceof BadInputException) {
                        cmd.getErr().println("error: " + e.getMessage());
                        return EXIT_BAD_INPUT;
                    }
                    throw e;
                });
    }
}
