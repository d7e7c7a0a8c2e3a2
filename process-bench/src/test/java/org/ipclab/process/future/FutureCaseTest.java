package org.ipclab.process.future;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.process.TestContexts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FutureCaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(FutureKind.class)
    void shouldReturnEveryCheckedResult(FutureKind kind) throws Exception {
        FutureCase future = new FutureCase(new FutureKnobs(Suite.SMOKE, kind));

        ResultRow row = future.run(TestContexts.smoke(future, dir)).rows().get(0);

        assertEquals("ok", row.status().toString());
        assertEquals(5_000, row.count());
    }
}
