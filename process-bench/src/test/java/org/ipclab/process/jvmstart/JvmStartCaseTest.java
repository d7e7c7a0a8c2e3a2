package org.ipclab.process.jvmstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ipclab.core.CaseResult;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.process.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmStartCaseTest {
    @TempDir
    Path dir;

    @Test
    void shouldTimeHandshakeBeforeExitWithSharingOff() throws Exception {
        JvmStartCase start = new JvmStartCase(new JvmStartKnobs(Suite.SMOKE, false));

        CaseResult result = start.run(TestContexts.smoke(start, dir));

        ResultRow handshake = result.rows().get(0);
        ResultRow exit = result.rows().get(1);
        assertEquals("ok", handshake.status().toString());
        assertEquals("ok", exit.status().toString());
        assertEquals(5, exit.count());
        assertTrue(handshake.p50() <= exit.p50());
        Object vmInfo = result.facts().get("childVmInfo");
        assertNotNull(vmInfo, "the child's java.vm.info is recorded: " + result.facts());
        assertTrue(String.valueOf(vmInfo).contains("mode"), "a java.vm.info such as 'mixed mode': " + vmInfo);
        assertFalse(String.valueOf(vmInfo).contains("sharing"), "class data sharing was off: " + vmInfo);
    }
}
