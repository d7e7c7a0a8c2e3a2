package org.ipclab.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFlagsTest {
    @TempDir
    Path runDir;

    @Test
    void shouldStartARecordingAndAGcLogOnACaseJvmThatMeasuresItself() throws Exception {
        List<String> flags = ProfileFlags.forFork(EnumSet.of(Profiler.JFR, Profiler.GC), ProfileTarget.CASE_JVM, runDir,
                "queue.rtt.size-64", 2, runDir.resolve("private"));

        assertEquals("-D" + Profiler.PROPERTY + "=gc,jfr", flags.get(0));
        assertTrue(flags.contains("-XX:StartFlightRecording=name=ipclab,settings=profile,dumponexit=true,filename="
                + runDir.resolve("jfr/queue.rtt.size-64.fork-2.jfr")), flags.toString());
        assertTrue(flags.stream().anyMatch(f -> f.startsWith("-Xlog:gc*,safepoint:file="
                + runDir.resolve("gc/queue.rtt.size-64.fork-2.log") + ":")), flags.toString());
        assertTrue(flags.contains("-XX:FlightRecorderOptions=repository=" + runDir.resolve("private/jfr-repository")),
                "Flight Recorder's working files stay in the fork's private folder: " + flags);
        assertTrue(Files.isDirectory(runDir.resolve("jfr")) && Files.isDirectory(runDir.resolve("gc")));
        assertTrue(flags.stream().allMatch(ProfileFlags::isProfileFlag), "none of them may reach a peer: " + flags);
    }

    @Test
    void shouldOnlyNameTheProfilersToACaseThatMeasuresInJmhForks() throws Exception {
        List<String> flags = ProfileFlags.forFork(EnumSet.of(Profiler.JFR, Profiler.ASYNC), ProfileTarget.JMH_FORKS,
                runDir, "lock.counter", 1, runDir.resolve("private"));

        assertEquals(List.of("-D" + Profiler.PROPERTY + "=jfr,async"), flags);
        assertFalse(Files.exists(runDir.resolve("jfr")), "JMH's profiler writes the file; the case moves it");
    }

    @Test
    void shouldLeaveTheCalibrationAndAnUnprofiledRunAlone() throws Exception {
        assertEquals(List.of(), ProfileFlags.forFork(EnumSet.of(Profiler.JFR), ProfileTarget.NONE, runDir, "c", 1, runDir));
        assertEquals(List.of(), ProfileFlags.forFork(Set.of(), ProfileTarget.CASE_JVM, runDir, "c", 1, runDir));
    }

    @Test
    void shouldHandOnTheUsersOwnGcLoggingAndRecordings() {
        assertFalse(ProfileFlags.isProfileFlag("-Xlog:gc"));
        assertFalse(ProfileFlags.isProfileFlag("-Xlog:gc*:file=/tmp/mine.log"));
        assertFalse(ProfileFlags.isProfileFlag("-XX:StartFlightRecording=filename=/tmp/mine.jfr"));
    }
}
