package org.ipclab.process.pool;

class ThreadTaskPoolTest extends TaskPoolContractTest {
    @Override
    TaskPool open() {
        return ExecutorTaskPool.fixed(2);
    }
}
