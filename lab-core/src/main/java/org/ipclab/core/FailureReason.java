package org.ipclab.core;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that names a failure: the reason word of a {@code failed:<reason>} or
 * {@code skipped:<reason>} status, from an exit code, what a JVM or the kernel printed, or a throwable.
 */
public final class FailureReason {
    /** Linux's numbers for the signals a benchmark process meets (signal(7)). */
    private static final String[] SIGNALS = {null, "hup", "int", "quit", "ill", "trap", "abrt", "bus", "fpe",
        "kill", "usr1", "segv", "usr2", "pipe", "alrm", "term"};
    private static final int SIGNAL_BASE = 128;
    /** The highest real-time signal on Linux; a larger 128+N is an ordinary exit code. */
    private static final int MAX_SIGNAL = 64;

    static final String FATAL_ERROR = "A fatal error has been detected by the Java Runtime Environment";
    /** The crash report's signal line: {@code #  SIGSEGV (0xb) at pc=…}. */
    private static final Pattern FATAL_SIGNAL = Pattern.compile("#\\s+(SIG[A-Z0-9]+) \\(0x");
    /** What the JDK throws when a mapped file's page cannot be backed (a truncated file, a full /dev/shm). */
    static final String UNSAFE_ACCESS = "a fault occurred in a recent unsafe memory access";
    static final String NO_SPACE = "No space left on device";
    /** The launcher's last word when the JVM refused its options (an unknown or conflicting flag). */
    static final String REFUSED = "Error: Could not create the Java Virtual Machine.";
    /** Enough of a log's end to hold a crash report's header or the last stack trace. */
    private static final int TAIL_BYTES = 64 * 1024;
    private static final int MAX_CAUSE_DEPTH = 16;

    private FailureReason() {
    }

    /** Reasons are one plain word: lower case, no commas or spaces, so the CSV never needs quoting. */
    public static String word(String reason) {
        String word = reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._+-]+", "-").replaceAll("^-+|-+$", "");
        return word.isEmpty() ? "unknown" : word;
    }

    /**
     * An exit code in words: a process killed by signal N ends with 128+N (the JDK reports it so), which
     * reads as the signal's name ({@code 137} → {@code sigkill}); any other code reads {@code exit-N}.
     */
    public static String ofExit(int code) {
        int signal = code - SIGNAL_BASE;
        if (signal > 0 && signal <= MAX_SIGNAL) {
            return signal < SIGNALS.length ? "sig" + SIGNALS[signal] : "signal-" + signal;
        }
        return "exit-" + code;
    }

    /** A peer process's exit in the words every failure reason uses: {@code peer-sigkill}, {@code peer-exit-1}. */
    public static String ofPeerExit(int code) {
        return "peer-" + ofExit(code);
    }

    /**
     * The cause a text names in the words the JVM or the kernel printed it: a crash report's header, an
     * OutOfMemoryError, a full file system, a fault in a mapped file. Checked most specific first, since a
     * crash report may also mention the others.
     */
    public static Optional<String> ofText(String text) {
        if (text.contains(REFUSED)) {
            return Optional.of("jvm-refused-options");
        }
        int fatal = text.indexOf(FATAL_ERROR);
        if (fatal >= 0) {
            Matcher signal = FATAL_SIGNAL.matcher(text).region(fatal, text.length());
            return Optional.of(signal.find() ? "jvm-crash-" + signal.group(1).toLowerCase(Locale.ROOT) : "jvm-crash");
        }
        if (text.contains("java.lang.OutOfMemoryError")) {
            return Optional.of("outofmemoryerror");
        }
        if (text.contains(NO_SPACE)) {
            return Optional.of("no-space");
        }
        if (text.contains(UNSAFE_ACCESS) || text.contains("SIGBUS")) {
            return Optional.of("sigbus");
        }
        return Optional.empty();
    }

    /**
     * A case that threw: the first throwable in the cause chain whose text names a cause (an InternalError
     * from a fault in a mapped file is {@code sigbus}, an IOException "No space left on device" is
     * {@code no-space}), else the thrown class's name.
     */
    public static String ofThrowable(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
            Optional<String> named = ofText(t.toString());
            if (named.isPresent()) {
                return named.get();
            }
            if (t instanceof OutOfMemoryError) {
                return "outofmemoryerror";
            }
        }
        return thrown.getClass().getSimpleName();
    }

    /** A case JVM that exited with {@code exit} and no result: what the end of its log says, else the exit code. */
    public static String ofDeadJvm(Path log, int exit) {
        return ofText(tail(log)).orElseGet(() -> ofExit(exit));
    }

    /** What the JVM said when it refused its options: the log's lines before the launcher's last word. */
    public static Optional<String> refusal(Path log) {
        String text = tail(log);
        int end = text.indexOf(REFUSED);
        if (end < 0) {
            return Optional.empty();
        }
        String said = text.substring(0, end).strip().replaceAll("\\s*\\R\\s*", "; ");
        return Optional.of(said.isEmpty() ? REFUSED : said);
    }

    private static String tail(Path log) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // no log to read: the exit code alone speaks
        }
    }
}
