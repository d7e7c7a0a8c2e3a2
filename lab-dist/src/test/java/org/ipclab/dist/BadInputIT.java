package org.ipclab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A user's mistake: exit 2, one message naming the value (and the valid ones), no stack trace, nothing written. */
class BadInputIT {
    @TempDir
    static Path work;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("unknown suite", new String[] {"run", "smok"}, "smok", "smoke, quick, full"),
                Arguments.of("bad regex", new String[] {"run", "smoke", "--cases", "queue/(rtt"}, "queue/(rtt", "regex"),
                Arguments.of("regex matching nothing", new String[] {"run", "smoke", "--cases", "transport=carrier-pigeon"},
                        "carrier-pigeon", "transport values: "),
                Arguments.of("unknown option", new String[] {"run", "smoke", "--fast"}, "--fast", "--help"),
                Arguments.of("missing java", new String[] {"run", "smoke", "--java", "/nonexistent/bin/java"},
                        "/nonexistent/bin/java", "executable"),
                Arguments.of("bad pin", new String[] {"run", "smoke", "--pin", "99"}, "99", "valid CPUs"),
                Arguments.of("pin not a list", new String[] {"run", "smoke", "--pin", "first"}, "first", "CPU list"),
                Arguments.of("unwritable out", new String[] {"run", "smoke", "--out", "/proc/ipclab"}, "/proc/ipclab",
                        "not writable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void shouldExitTwoNamingTheBadValue(String what, String[] args, String badValue, String validHint) throws Exception {
        Path out = work.resolve("out-" + what.replace(' ', '-'));
        String[] withOut = args;
        if (!String.join(" ", args).contains("--out")) {
            withOut = Stream.concat(Stream.of(args), Stream.of("--out", out.toString())).toArray(String[]::new);
        }
        Lab.Outcome outcome = Lab.run(work, 60, withOut);
        assertEquals(2, outcome.exit(), outcome.out() + outcome.err());
        assertTrue(outcome.err().contains(badValue), outcome.err());
        assertTrue(outcome.err().contains(validHint), outcome.err());
        assertFalse(outcome.err().contains("Exception"), outcome.err());
        assertFalse(outcome.err().contains("\tat "), outcome.err());
        assertFalse(Files.exists(out), "nothing may be written for " + what);
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseAFileWhereAFolderIsExpected() throws Exception {
        Path file = Files.writeString(work.resolve("a-file"), "x");
        Lab.Outcome outcome = Lab.run(work, 60, "run", "smoke", "--out", file.toString());
        assertEquals(2, outcome.exit());
        assertTrue(outcome.err().contains(file.toString()) && outcome.err().contains("not a folder"), outcome.err());
    }
}
