package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintedCauseTest {
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
        assertEquals(Optional.of("jvm-crash-sigsegv"), PrintedCause.of("some output\n" + HS_ERR));
        assertEquals(Optional.of("jvm-crash-sigbus"), PrintedCause.of(HS_ERR.replace("SIGSEGV (0xb)", "SIGBUS (0x7)")));
        assertEquals(Optional.of("jvm-crash"), PrintedCause.of("# " + PrintedCause.FATAL_ERROR + ":\n#\n"));
    }

    /** What the launcher prints when a --jvm-arg is unknown: the case fails with the JVM's own words. */
    @Test
    void shouldNameOptionsTheJvmRefusedAndQuoteWhatItSaid() throws IOException {
        String refused = "Unrecognized VM option 'UseNoSuchGC'\nError: Could not create the Java Virtual Machine.\n"
                + "Error: A fatal exception has occurred. Program will exit.\n";
        assertEquals(Optional.of("jvm-refused-options"), PrintedCause.of(refused));
        Path log = Files.writeString(dir.resolve("refused.log"), refused);
        assertEquals(Optional.of("Unrecognized VM option 'UseNoSuchGC'"), PrintedCause.refusal(log));
        assertEquals(Optional.empty(), PrintedCause.refusal(Files.writeString(dir.resolve("ok.log"), "all went well\n")));
    }

    @Test
    void shouldNameWhatTheJvmPrintedBeforeItDied() {
        assertEquals(Optional.of("outofmemoryerror"),
                PrintedCause.of("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n\tat X.y(X.java:3)"));
        assertEquals(Optional.of("no-space"),
                PrintedCause.of("java.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0"));
        assertEquals(Optional.of("sigbus"), PrintedCause.of(
                "java.lang.InternalError: a fault occurred in a recent unsafe memory access operation in compiled Java code"));
        assertEquals(Optional.of("sigbus"), PrintedCause.of("peer died: SIGBUS"));
        assertEquals(Optional.empty(), PrintedCause.of("case queue/rtt failed:\njava.lang.IllegalStateException: boom"));
    }

    @Test
    void shouldReadTheCauseFromTheEndOfALongLogElseTheExitCode() throws IOException {
        Path log = dir.resolve("case.fork-1.log");
        Files.writeString(log, "x".repeat(200_000) + "\n" + HS_ERR);
        assertEquals("jvm-crash-sigsegv", PrintedCause.ofDeadJvm(log, 134));
        Files.writeString(log, "warming up\nmeasuring\n");
        assertEquals("sigkill", PrintedCause.ofDeadJvm(log, 137));
        assertEquals("exit-1", PrintedCause.ofDeadJvm(dir.resolve("missing.log"), 1));
    }
}
