package org.ipclab.lock.strategy;

class AtomicIncrementCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "atomic";
    }
}
