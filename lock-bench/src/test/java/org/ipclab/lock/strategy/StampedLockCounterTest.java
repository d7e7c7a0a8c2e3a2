package org.ipclab.lock.strategy;

class StampedLockCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "stamped";
    }
}
