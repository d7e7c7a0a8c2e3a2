package org.ipclab.lock.counter;

import org.ipclab.lock.strategy.CounterStrategy;
import org.ipclab.lock.strategy.Strategies;
import org.ipclab.lock.strategy.Work;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of one shared counter incremented by every benchmark thread under the strategy. The
 * thread count comes from the run options; {@code work} tokens are spent inside the critical section
 * and as many again outside it, so a sweep moves from pure lock cost to mostly independent work.
 * Each thread also tallies its hand-offs ({@link Turns}): a lock that one thread keeps re-taking while
 * the others wait gives a high rate that is not contention, and the tally is what shows it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CounterBenchmark {

    @Param({"synchronized"})
    public String strategy;

    @Param({"0"})
    public int work;

    /**
     * The thread count as a param as well (JMH takes it from the run options), so JMH's JSON tells
     * threads=1 from threads=2 to tools that key results by name and params; checked against JMH's own.
     */
    @Param({"1"})
    public int threads;

    private CounterStrategy counter;

    /**
     * Per thread and iteration: its increments; its hand-offs, the increments that found another
     * thread's increment since its own previous one; and its CPU and wall time. JMH sums them over the
     * threads: squared counts beside counts give Jain's index of the per-thread shares, CPU over wall
     * time how many of the threads were running at once.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Turns {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private long increments;
        private long handoffs;
        private long last;
        private long cpuNanos;
        private long wallNanos;

        @Setup(Level.Iteration)
        public void clear() {
            increments = 0;
            handoffs = 0;
            cpuNanos = -THREADS.getCurrentThreadCpuTime();
            wallNanos = -System.nanoTime();
        }

        @TearDown(Level.Iteration)
        public void stopClocks() {
            cpuNanos += THREADS.getCurrentThreadCpuTime();
            wallNanos += System.nanoTime();
        }

        void saw(long before) {
            if (increments > 0 && before != last + 1) {
                handoffs++;
            }
            last = before;
            increments++;
        }

        public long increments() {
            return increments;
        }

        public long handoffs() {
            return handoffs;
        }

        public long incrementsSquared() {
            return increments * increments;
        }

        public long cpuNanos() {
            return cpuNanos;
        }

        public long wallNanos() {
            return wallNanos;
        }
    }

    @Setup
    public void setUp(BenchmarkParams params) {
        if (params.getThreads() != threads) {
            throw new IllegalStateException("param threads=" + threads + " but JMH runs " + params.getThreads() + " threads");
        }
        counter = Strategies.create(strategy);
    }

    @Benchmark
    public long increment(Turns turns) {
        // The value read inside the critical section leaves through JMH's blackhole: the guarded
        // read-modify-write has a use the JIT can't remove, and it dates this thread's turn.
        long before = counter.increment(work);
        turns.saw(before);
        Work.consume(work);
        return before;
    }
}
