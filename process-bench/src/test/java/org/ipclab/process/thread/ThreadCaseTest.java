package org.ipclab.process.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.process.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadCaseTest {
    @TempDir
    Path dir;

    @Test
    void shouldMeasurePlatformThreadStartJoin() throws Exception {
        ThreadCase thread = new ThreadCase(new ThreadKnobs(Suite.SMOKE, ThreadKind.PLATFORM));

        CaseResult result = thread.run(TestContexts.smoke(thread, dir));

        ResultRow row = result.rows().get(0);
        assertEquals("ok", row.status().toString());
        assertEquals(5_000, row.count());
        assertTrue(row.p50() > 0);
        assertEquals("platform-thread", result.facts().get("creationName"));
    }

    @Test
    void shouldRunVirtualThreadsOnlyWhereTheJdkHasThem() throws Exception {
        ThreadCase thread = new ThreadCase(new ThreadKnobs(Suite.SMOKE, ThreadKind.VIRTUAL));

        ResultRow row = thread.run(TestContexts.smoke(thread, dir)).rows().get(0);

        String expected = Runtime.version().feature() >= 21 ? "ok" : "skipped:needs-jdk21";
        assertEquals(expected, row.status().toString());
    }
}
