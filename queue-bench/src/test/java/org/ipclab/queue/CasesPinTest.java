package org.ipclab.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.ipclab.core.BenchCase;
import org.ipclab.core.Suite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every suite's cases, pinned: key, expected time, scratch bytes and whether the case is placeable,
 * in order. The result contract rests on these lists; a change to them must be deliberate.
 */
class CasesPinTest {
    private static final String PEER_HOST = "10.0.0.2";

    @ParameterizedTest
    @EnumSource(Suite.class)
    void shouldKeepEachSuitesCasesInOrder(Suite suite) throws IOException {
        List<String> actual = new QueueCases().cases(suite).stream().map(CasesPinTest::line).toList();
        assertEquals(String.join("\n", pinned("cases-" + suite.name().toLowerCase(Locale.ROOT))), String.join("\n", actual));
    }

    @ParameterizedTest
    @EnumSource(Suite.class)
    void shouldKeepEachSuitesCasesWithAPeerHostInOrder(Suite suite) throws IOException {
        List<String> actual = PeerHostCases.add(suite, new QueueCases().cases(suite), PEER_HOST).stream()
                .map(CasesPinTest::line).toList();
        assertEquals(String.join("\n", pinned("cases-" + suite.name().toLowerCase(Locale.ROOT) + "-peer-host")),
                String.join("\n", actual));
    }

    static String line(BenchCase c) {
        return c.spec().key() + " expected=" + c.expected().toMillis() + "ms scratch=" + c.scratchBytes()
                + " placeable=" + c.placeable();
    }

    private static List<String> pinned(String name) throws IOException {
        try (InputStream in = CasesPinTest.class.getResourceAsStream(name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
