package org.ipclab.process.pool;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.ipclab.process.VirtualThreads;

/** On JDK 17 skipped; the build runs it again on JDK 21+ (ipclab.requireVirtualThreads), where it must pass. */
class VirtualTaskPoolTest extends TaskPoolContractTest {
    @Override
    TaskPool open() {
        if (Boolean.getBoolean("ipclab.requireVirtualThreads")) {
            assertTrue(VirtualThreads.available(), "virtual threads must be there on " + Runtime.version());
        } else {
            assumeTrue(VirtualThreads.available(), "virtual threads need JDK 21+");
        }
        return ExecutorTaskPool.virtual();
    }
}
