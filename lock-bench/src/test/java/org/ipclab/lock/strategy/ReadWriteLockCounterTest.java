package org.ipclab.lock.strategy;

class ReadWriteLockCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "rwlock";
    }
}
