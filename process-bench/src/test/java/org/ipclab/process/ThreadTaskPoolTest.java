package org.ipclab.process;

class ThreadTaskPoolTest extends TaskPoolContractTest {
    @Override
    TaskPool open() {
        return ExecutorTaskPool.fixed(2);
    }
}
