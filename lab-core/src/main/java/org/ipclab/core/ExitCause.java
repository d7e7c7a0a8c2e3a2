package org.ipclab.core;

import java.util.Locale;

/**
 * An exit code in words, for a failure reason: a process killed by signal N ends with 128+N (the JDK
 * reports it so), which reads as the signal's name ({@code 137} → {@code sigkill}); any other non-zero
 * code reads {@code exit-N}.
 */
public final class ExitCause {
    /** Linux's numbers for the signals a benchmark process meets (signal(7)). */
    private static final String[] SIGNALS = {null, "hup", "int", "quit", "ill", "trap", "abrt", "bus", "fpe",
        "kill", "usr1", "segv", "usr2", "pipe", "alrm", "term"};
    private static final int SIGNAL_BASE = 128;
    /** The highest real-time signal on Linux; a larger 128+N is an ordinary exit code. */
    private static final int MAX_SIGNAL = 64;

    private ExitCause() {
    }

    public static String of(int code) {
        int signal = code - SIGNAL_BASE;
        if (signal > 0 && signal <= MAX_SIGNAL) {
            return signal < SIGNALS.length ? "sig" + SIGNALS[signal] : "signal-" + signal;
        }
        return "exit-" + code;
    }

    /** The name a JVM's crash report gives a signal ({@code SIGSEGV}) as a reason word ({@code sigsegv}). */
    static String signalWord(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
