package org.ipclab.lock.strategy;

class CompareAndSetCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "cas";
    }
}
