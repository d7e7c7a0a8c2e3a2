package org.ipclab.lock.strategy;

class OptimisticStampedCounterTest extends ReadModifyWriteContract {
    @Override
    String name() {
        return "stamped-optimistic";
    }
}
