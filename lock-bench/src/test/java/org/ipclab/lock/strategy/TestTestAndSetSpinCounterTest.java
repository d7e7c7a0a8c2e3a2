package org.ipclab.lock.strategy;

class TestTestAndSetSpinCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "ttas";
    }
}
