package org.ipclab.core;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cause of a death in the words the JVM or the kernel printed it: a crash report's header, an
 * OutOfMemoryError, a full file system, a fault in a mapped file. Checked most specific first, since
 * a crash report may also mention the others.
 */
public final class PrintedCause {
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

    private PrintedCause() {
    }

    /** The reason word the text names, if it names one. */
    public static Optional<String> of(String text) {
        if (text.contains(REFUSED)) {
            return Optional.of("jvm-refused-options");
        }
        int fatal = text.indexOf(FATAL_ERROR);
        if (fatal >= 0) {
            Matcher signal = FATAL_SIGNAL.matcher(text).region(fatal, text.length());
            return Optional.of(signal.find() ? "jvm-crash-" + ExitCause.signalWord(signal.group(1)) : "jvm-crash");
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
     * Why a case JVM that exited with {@code exit} and no result died: what the end of its log says,
     * else the exit code in words.
     */
    public static String ofDeadJvm(Path log, int exit) {
        return of(tail(log)).orElseGet(() -> ExitCause.of(exit));
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
