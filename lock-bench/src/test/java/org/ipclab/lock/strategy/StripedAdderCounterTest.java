package org.ipclab.lock.strategy;

class StripedAdderCounterTest extends CounterStrategyContract {
    @Override
    String name() {
        return "adder";
    }

    /** Cells are summed on read: an increment can't tell which value it replaced. */
    @Override
    boolean ordered() {
        return false;
    }
}
