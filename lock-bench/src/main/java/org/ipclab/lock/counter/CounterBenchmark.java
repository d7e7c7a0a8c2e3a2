package org.ipclab.lock.counter;

import org.ipclab.lock.strategy.CounterStrategy;
import org.ipclab.lock.strategy.Strategies;
import org.ipclab.lock.strategy.Work;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Throughput of one shared counter incremented by every benchmark thread under the strategy. The
 * thread count comes from the run options; {@code work} tokens are spent inside the critical section
 * and as many again outside it, so a sweep moves from pure lock cost to mostly independent work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CounterBenchmark {

    @Param({"synchronized"})
    public String strategy;

    @Param({"0"})
    public int work;

    private CounterStrategy counter;

    @Setup
    public void setUp() {
        counter = Strategies.create(strategy);
    }

    @Benchmark
    public void increment() {
        counter.increment(work);
        Work.consume(work);
    }
}
