package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureReasonTest {
    /** The head of a HotSpot crash report as printed to the case JVM's stdout. */
    private static final String HS_ERR = """
            #
            # A fatal error has been detected by the Java Runtime Environment:
            #
            #  SIGSEGV (0xb) at pc=0x00007f3a1c2b4d5e, pid=4242, tid=4243
            #
            # JRE version: OpenJDK Runtime Environment (17.0.15+6) (build 17.0.15+6-Debian-1deb12u1)
            # Problematic frame:
            # J 123 c2 org.ipclab.queue.channel.MappedRing.offer([BI)Z (88 bytes) @ 0x00007f3a1c2b4d5e
            """;

    @TempDir
    Path dir;

    @Test
    void shouldNameAJvmCrashByTheSignalItsReportGives() {
        assertEquals(Optional.of("jvm-crash-sigsegv"), FailureReason.ofText("some output\n" + HS_ERR));
        assertEquals(Optional.of("jvm-crash-sigbus"), FailureReason.ofText(HS_ERR.replace("SIGSEGV (0xb)", "SIGBUS (0x7)")));
        assertEquals(Optional.of("jvm-crash"), FailureReason.ofText("# " + FailureReason.FATAL_ERROR + ":\n#\n"));
    }

    /** What the launcher prints when a --jvm-arg is unknown: the case fails with the JVM's own words. */
    @Test
    void shouldNameOptionsTheJvmRefusedAndQuoteWhatItSaid() throws IOException {
        String refused = "Unrecognized VM option 'UseNoSuchGC'\nError: Could not create the Java Virtual Machine.\n"
                + "Error: A fatal exception has occurred. Program will exit.\n";
        assertEquals(Optional.of("jvm-refused-options"), FailureReason.ofText(refused));
        Path log = Files.writeString(dir.resolve("refused.log"), refused);
        assertEquals(Optional.of("Unrecognized VM option 'UseNoSuchGC'"), FailureReason.refusal(log));
        assertEquals(Optional.empty(), FailureReason.refusal(Files.writeString(dir.resolve("ok.log"), "all went well\n")));
    }

    @Test
    void shouldNameWhatTheJvmPrintedBeforeItDied() {
        assertEquals(Optional.of("outofmemoryerror"),
                FailureReason.ofText("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n\tat X.y(X.java:3)"));
        assertEquals(Optional.of("no-space"),
                FailureReason.ofText("java.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0"));
        assertEquals(Optional.of("sigbus"), FailureReason.ofText(
                "java.lang.InternalError: a fault occurred in a recent unsafe memory access operation in compiled Java code"));
        assertEquals(Optional.of("sigbus"), FailureReason.ofText("peer died: SIGBUS"));
        assertEquals(Optional.empty(), FailureReason.ofText("case queue/rtt failed:\njava.lang.IllegalStateException: boom"));
    }

    @Test
    void shouldReadTheCauseFromTheEndOfALongLogElseTheExitCode() throws IOException {
        Path log = dir.resolve("case.fork-1.log");
        Files.writeString(log, "x".repeat(200_000) + "\n" + HS_ERR);
        assertEquals("jvm-crash-sigsegv", FailureReason.ofDeadJvm(log, 134));
        Files.writeString(log, "warming up\nmeasuring\n");
        assertEquals("sigkill", FailureReason.ofDeadJvm(log, 137));
        assertEquals("exit-1", FailureReason.ofDeadJvm(dir.resolve("missing.log"), 1));
    }

    private static final CaseSpec SPEC = new CaseSpec("queue", "rtt", Params.of("transport", "pipe", "size", 64));

    @ParameterizedTest
    @CsvSource({"137,sigkill", "134,sigabrt", "135,sigbus", "139,sigsegv", "143,sigterm", "130,sigint",
        "129,sighup", "141,sigpipe", "159,signal-31", "192,signal-64", "1,exit-1", "3,exit-3", "2,exit-2",
        "128,exit-128", "193,exit-193", "255,exit-255"})
    void shouldNameTheSignalBehindAnExitCode(int code, String word) {
        assertEquals(word, FailureReason.ofExit(code));
        assertEquals("failed:" + word, ResultRow.failed(SPEC, "rtt", word).status().toString(), "already a plain word");
    }

    @Test
    void shouldNameTheCauseAnywhereInTheChain() {
        assertEquals("sigbus", FailureReason.ofThrowable(new InternalError(
                "a fault occurred in a recent unsafe memory access operation in compiled Java code")));
        assertEquals("no-space", FailureReason.ofThrowable(new UncheckedIOException(new IOException("No space left on device"))));
        assertEquals("outofmemoryerror", FailureReason.ofThrowable(new OutOfMemoryError("Java heap space")));
        assertEquals("outofmemoryerror", FailureReason.ofThrowable(new OutOfMemoryError()));
        assertEquals("outofmemoryerror", FailureReason.ofThrowable(new RuntimeException("setup", new OutOfMemoryError())));
    }

    @Test
    void shouldFallBackToTheThrownClass() {
        assertEquals("PeerException", FailureReason.ofThrowable(new PeerException("peer 42 closed its output")));
        assertEquals("IllegalStateException", FailureReason.ofThrowable(new IllegalStateException("x", new IOException("y"))));
    }
}
