package org.ipclab.lock.strategy;

class FairReentrantLockCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "reentrant-fair";
    }
}
