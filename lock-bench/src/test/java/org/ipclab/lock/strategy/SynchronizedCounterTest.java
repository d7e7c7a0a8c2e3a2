package org.ipclab.lock.strategy;

class SynchronizedCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "synchronized";
    }
}
