package org.ipclab.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipclab.core.Suite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every suite's case keys, in order, pinned: summary.csv rows and compare's matching depend on them. */
class ProcessCaseListTest {

    @ParameterizedTest
    @EnumSource(Suite.class)
    void shouldListTheSameCasesInTheSameOrder(Suite suite) throws IOException {
        List<String> keys = new ProcessCases().cases(suite).stream().map(c -> c.spec().key()).toList();
        assertEquals(pinned(suite), keys);
    }

    private static List<String> pinned(Suite suite) throws IOException {
        try (InputStream in = ProcessCaseListTest.class.getResourceAsStream("cases-" + suite.label() + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
