package org.ipclab.process;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

class VirtualTaskPoolTest extends TaskPoolContractTest {
    @Override
    TaskPool open() {
        assumeTrue(VirtualThreads.available(), "virtual threads need JDK 21+");
        return ExecutorTaskPool.virtual();
    }
}
