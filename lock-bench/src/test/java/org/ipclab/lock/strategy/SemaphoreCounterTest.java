package org.ipclab.lock.strategy;

class SemaphoreCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "semaphore";
    }
}
