package org.ipclab.core.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Shared picocli set-up: user mistakes exit 2 with one message, the valid choices and a pointer to --help. */
public final class Cli {
    public static final int EXIT_BAD_INPUT = 2;

    private Cli() {
    }

    public static CommandLine configure(CommandLine commandLine) {
        // picocli encodes on its own: over the installed console streams, help and errors follow their rule.
        if (System.out instanceof ConsoleStream out) {
            commandLine.setOut(out.writer());
        }
        if (System.err instanceof ConsoleStream err) {
            commandLine.setErr(err.writer());
        }
        return commandLine
                .setParameterExceptionHandler((e, args) -> {
                    CommandLine cmd = e.getCommandLine();
                    cmd.getErr().println("error: " + e.getMessage());
                    if (e.getArgSpec() instanceof OptionSpec option && option.description().length > 0) {
                        cmd.getErr().println(option.longestName() + " " + option.paramLabel() + ": "
                                + option.description()[0]);
                    } else {
                        cmd.getErr().println(validChoices(cmd.getCommandSpec()));
                    }
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

    /** The commands and options this command accepts, for a word it did not know. */
    static String validChoices(CommandSpec spec) {
        List<String> lines = new ArrayList<>();
        if (!spec.subcommands().isEmpty()) {
            lines.add("valid commands: " + String.join(", ", spec.subcommands().keySet()));
        }
        List<String> options = spec.options().stream().map(OptionSpec::longestName).toList();
        lines.add("valid options: " + String.join(", ", options));
        if (!spec.positionalParameters().isEmpty()) {
            lines.add("arguments: " + String.join(" ", spec.positionalParameters().stream()
                    .map(p -> p.paramLabel() + (p.arity().max() > 1 ? "..." : "")).toList()));
        }
        return String.join("\n", lines);
    }
}
