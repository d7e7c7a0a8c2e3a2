package org.ipclab.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.process.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpawnCaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Mechanism.class)
    void shouldRunTheChildUnderTheRequestedMechanism(Mechanism mechanism) throws Exception {
        SpawnCase spawn = new SpawnCase(new SpawnKnobs(Suite.SMOKE, SpawnApi.PROCESS_BUILDER, mechanism));

        CaseResult result = spawn.run(TestContexts.smoke(spawn, dir));

        assertEquals(mechanism.name(), result.facts().get("mechanism"));
        assertEquals(true, result.facts().get("mechanismVerified"));
        ResultRow row = result.rows().get(0);
        assertEquals("ok", row.status().toString());
        assertEquals(150, row.count());
        assertTrue(row.p50() > 0 && row.p50() <= row.max());
        assertTrue(Files.exists(dir.resolve("run/hdr/" + spawn.spec().id() + "." + SpawnCase.METRIC + ".fork-1.hlog")));
    }

    @Test
    void shouldMeasureRuntimeExec() throws Exception {
        SpawnCase spawn = new SpawnCase(new SpawnKnobs(Suite.SMOKE, SpawnApi.RUNTIME_EXEC, Mechanism.POSIX_SPAWN));

        ResultRow row = spawn.run(TestContexts.smoke(spawn, dir)).rows().get(0);

        assertEquals("ok", row.status().toString());
        assertEquals("api=runtime-exec;mechanism=posix_spawn", row.params().toString());
    }

    @Test
    void shouldKnowWhichMechanismsThisJdkOffers() {
        for (Mechanism mechanism : Mechanism.values()) {
            assertEquals(Optional.of(true), LaunchMechanismProbe.knownToThisJdk(mechanism.name()));
        }
        assertEquals(Optional.of(false), LaunchMechanismProbe.knownToThisJdk("TELEPORT"));
    }
}
