package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitCauseTest {
    private static final CaseSpec SPEC = new CaseSpec("queue", "rtt", Params.of("transport", "pipe", "size", 64));

    @ParameterizedTest
    @CsvSource({"137,sigkill", "134,sigabrt", "135,sigbus", "139,sigsegv", "143,sigterm", "130,sigint",
        "129,sighup", "141,sigpipe", "159,signal-31", "192,signal-64", "1,exit-1", "3,exit-3", "2,exit-2",
        "128,exit-128", "193,exit-193", "255,exit-255"})
    void shouldNameTheSignalBehindAnExitCode(int code, String word) {
        assertEquals(word, ExitCause.of(code));
        assertEquals("failed:" + word, ResultRow.failed(SPEC, "rtt", word).status(), "already a plain word");
    }
}
