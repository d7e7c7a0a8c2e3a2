package org.ipclab.lock.strategy;

class TestAndSetSpinCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "tas";
    }
}
