package org.ipclab.lock.rw;

import java.util.concurrent.TimeUnit;
import org.ipclab.lock.strategy.CounterStrategy;
import org.ipclab.lock.strategy.ReadTally;
import org.ipclab.lock.strategy.Strategies;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Readers and writers on one counter, as a JMH group: the reader/writer mix comes from the run's
 * thread-group option, and the group's score splits into {@code read} and {@code write}. Readers
 * report the optimistic reads that had to retry as an auxiliary counter.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadWriteBenchmark {

    @Param({"rwlock"})
    public String strategy;

    /** The thread groups' sizes as params too, so JMH's JSON tells the mixes apart; checked against JMH's own. */
    @Param({"1"})
    public int readers;

    @Param({"1"})
    public int writers;

    private CounterStrategy counter;

    /** Per reader thread: optimistic reads that saw a concurrent write (events, summed per iteration). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Retries {
        private final ReadTally tally = new ReadTally();

        @Setup(Level.Iteration)
        public void clear() {
            tally.retries = 0;
        }

        public long optimisticRetries() {
            return tally.retries;
        }
    }

    @Setup
    public void setUp(BenchmarkParams params) {
        int[] groups = params.getThreadGroups();
        if (groups.length != 2 || groups[0] != readers || groups[1] != writers) {
            throw new IllegalStateException("params readers=" + readers + " writers=" + writers + " but JMH runs groups "
                    + java.util.Arrays.toString(groups));
        }
        counter = Strategies.create(strategy);
    }

    @Benchmark
    @Group("rw")
    public long read(Retries retries) {
        return counter.read(retries.tally);
    }

    @Benchmark
    @Group("rw")
    public void write() {
        counter.increment(0);
    }
}
