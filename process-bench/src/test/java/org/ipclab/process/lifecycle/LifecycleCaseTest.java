package org.ipclab.process.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.process.TestContexts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleCaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LifecycleOp.class)
    void shouldCheckEveryAnswerAndLeaveNoChildBehind(LifecycleOp op) throws Exception {
        LifecycleCase lifecycle = new LifecycleCase(new LifecycleKnobs(Suite.SMOKE, op));

        ResultRow row = lifecycle.run(TestContexts.smoke(lifecycle, dir)).rows().get(0);

        assertEquals("ok", row.status().toString());
        assertEquals(op.metric(), row.metric());
        assertEquals(Set.of(), livingChildren());
    }

    private static Set<Long> livingChildren() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("sleep"))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
