package org.ipclab.lock.strategy;

class StripedAdderCounterTest extends CounterStrategyContract {
    @Override
    String name() {
        return "adder";
    }
}
