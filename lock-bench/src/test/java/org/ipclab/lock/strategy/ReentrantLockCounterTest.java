package org.ipclab.lock.strategy;

class ReentrantLockCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "reentrant";
    }
}
