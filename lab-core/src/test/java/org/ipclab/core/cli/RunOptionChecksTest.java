package org.ipclab.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunOptionChecksTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "first", "-1", "0,,1", "1-0", "2", "99999999999", "0-2"})
    void shouldRefuseAPinThatIsNoValidCpuListNamingIt(String pin) {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.pin(pin, 2));
        assertTrue(e.getMessage().contains("'" + pin + "'") && e.getMessage().contains("valid CPUs are 0-1"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "0,1", "0-1"})
    void shouldAcceptAValidCpuList(String pin) {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "pinning needs taskset, not installed here");
        assertEquals(pin, RunOptionChecks.pin(pin, 2));
    }

    @Test
    void shouldRefuseAValidCpuListWhereTasksetIsMissingSayingWhatToInstall() {
        assumeFalse(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is installed here");
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.pin("0", 2));
        assertTrue(e.getMessage().contains("taskset (util-linux)"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "86401", "soon", "1.5", ""})
    void shouldRefuseACaseTimeoutOutOfRange(String seconds) {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.caseTimeout(seconds));
        assertTrue(e.getMessage().contains("'" + seconds + "'") && e.getMessage().contains("1..86400"), e.getMessage());
    }

    @Test
    void shouldTakeACaseTimeoutInSeconds() {
        assertEquals(Duration.ofSeconds(30), RunOptionChecks.caseTimeout("30"));
    }

    @Test
    void shouldFindAFolderWritableWithoutLeavingAFileBehind() throws Exception {
        assertNull(WritableFolder.problem(dir.resolve("new/deeper")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void shouldNameWhatIsWrongWithAnOutFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals("is a file, not a folder", WritableFolder.problem(file));
        assertTrue(WritableFolder.problem(file.resolve("below")).startsWith("is not writable"));
        assertTrue(WritableFolder.problem(Path.of("")).startsWith("is empty"));
        assertTrue(WritableFolder.problem(Path.of("/proc/ipclab")).startsWith("is not writable"));
    }

    @Test
    void shouldRefuseSomethingThatIsNoJavaLauncher() {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.java("--java", Path.of("/bin/true")));
        assertTrue(e.getMessage().contains("not a Java launcher"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UseSerialGC", "", "-Xmx1g -Xms1g"})
    void shouldRefuseAJvmArgThatIsNotOneFlagNamingIt(String arg) {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.jvmArgs("--jvm-arg", List.of("-Xmx2g", arg)));
        assertTrue(e.getMessage().contains("'" + arg + "'") && e.getMessage().contains("-XX:+UseSerialGC"), e.getMessage());
    }

    @Test
    void shouldKeepJvmArgsInTheirOrder() {
        assertEquals(List.of("-XX:+UseSerialGC", "-Xmx2g"), RunOptionChecks.jvmArgs("--jvm-arg", List.of("-XX:+UseSerialGC", "-Xmx2g")));
    }
}
