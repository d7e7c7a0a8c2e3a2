package org.ipclab.c;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipclab.core.FailureReason;
import org.ipclab.core.ProcessTree;

/**
 * One run of the compiled reference program. Its samples are read from its stdout as it ends (it
 * prints nothing while it measures, so the reader takes no CPU from it); its stderr goes to a file in
 * the case's private folder. A run that overstays its time is killed with its echo process.
 */
final class CProgram {
    private static final Pattern ERROR = Pattern.compile("(?m)^error: ([a-z0-9.+-]+): (.*)$");

    /** Why a run gave no samples: a reason word for the status, and what the program said. */
    static final class FailedException extends Exception {
        private final String reason;

        FailedException(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private CProgram() {
    }

    static CSamples run(Path program, List<String> args, Path privateDir, Duration timeout)
            throws IOException, InterruptedException, FailedException {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(args);
        Path err = privateDir.resolve("c-stderr.txt");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        } catch (IOException e) {
            // e.g. a private folder on a noexec mount
            throw new FailedException("cannot-execute", program + ": " + e.getMessage());
        }
        process.getOutputStream().close();
        CompletableFuture<CSamples> samples = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
                return CSamples.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new FailedException("timeout", "the C program ran past " + timeout.toSeconds() + " s");
            }
            int exit = process.exitValue();
            if (exit != 0) {
                String said = Files.exists(err) ? Files.readString(err) : "";
                Matcher error = ERROR.matcher(said);
                throw error.find() ? new FailedException(error.group(1), error.group(2))
                        : new FailedException(FailureReason.ofExit(exit), "the C program ended with exit code " + exit + ": " + said.strip());
            }
            return samples.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw new FailedException(cause instanceof CSamples.CorruptSamplesException ? "corrupt-samples" : "unreadable-samples",
                    String.valueOf(cause.getMessage()));
        } catch (TimeoutException e) {
            throw new FailedException("timeout", "the C program's samples did not arrive in " + timeout.toSeconds() + " s");
        } finally {
            ProcessTree.kill(process); // the program and its echo process: nothing of the case outlives it
        }
    }
}
