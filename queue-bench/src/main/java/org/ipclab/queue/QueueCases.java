package org.ipclab.queue;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseProvider;
import org.ipclab.core.JvmFlags;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.core.remote.RemotePeer;
import org.ipclab.queue.channel.Wait;
import org.ipclab.queue.link.ChannelKnobs;
import org.ipclab.queue.transport.ProcessTransport;
import org.ipclab.queue.transport.Transport;
import org.ipclab.queue.transport.Transports;

/**
 * The queue module's cases, over every registered transport in its order ({@link Transports}).
 * smoke: every channel's 64-byte round trip once (a few in-JVM ones), one throughput, one fixed-rate;
 * quick: 64 B and 64 KiB round trips between processes (64 B between threads), throughput at 64 B (and
 * 64 KiB for two), fixed rate at 100k/s for the fast ones, each in four short forks;
 * full: longer runs, every size and rate. A size a channel can't carry is not swept for it. With a
 * peer host, the tcp cases get peer= twins ({@link PeerHostCases}).
 */
public final class QueueCases implements CaseProvider {
    static final String MODULE = "queue";
    private static final List<Integer> SIZES = List.of(8, 64, 1024, 65536);
    private static final List<Integer> ENDS = List.of(64, 65536);
    private static final List<Integer> RATES = List.of(1_000, 10_000, 100_000, 1_000_000);
    private static final Transport MMAP = Transports.named("mmap");
    /** Chronicle's and Agrona's access to JDK internals, for this module's JVMs alone (why each: the file). */
    private static final List<String> JVM_FLAGS = JvmFlags.argFile(QueueCases.class, "jvm-flags");

    /** The in-JVM queues smoke runs: a handoff, a ring and a blocking queue. */
    private static final List<Transport> SMOKE_THREADS = named("jvm-handoff", "jvm-disruptor", "jvm-abq");
    /** Blocking like jvm-abq and jvm-sq, which stay; full has them. */
    private static final List<Transport> QUICK_SKIPS = named("jvm-lbq", "jvm-ltq");
    /** Their curve is flat until copying dominates, or they alternate strictly: quick takes 64 B only. */
    private static final List<Transport> QUICK_ONE_SIZE = named("fifo", "shm");
    /** Streamed in quick besides every process channel: one of each kind (ring, SPSC ring, SPSC queue, blocking). */
    private static final List<Transport> QUICK_STREAMING = named("jvm-disruptor", "jvm-agrona-1to1",
            "jvm-jctools-spsc", "jvm-abq");
    /** Streamed as slowly as a FIFO, which full keeps. */
    private static final List<Transport> QUICK_NOT_STREAMED = named("fifo");
    private static final List<Transport> QUICK_STREAMED_LARGE = named("mmap", "pipe");
    /** The fast ones quick drives at 100k/s; chronicle's 100k/s is over capacity here, full sweeps its rates. */
    private static final List<Transport> QUICK_FIXED_RATE = named("mmap", "aeron", "jvm-agrona-1to1", "jvm-disruptor");

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<String> jvmFlags() {
        return JVM_FLAGS;
    }

    @Override
    public List<BenchCase> cases(Suite suite) {
        List<BenchCase> cases = switch (suite) {
            case SMOKE -> smoke();
            case QUICK -> quick();
            case FULL -> full();
        };
        return RemotePeer.configured().map(p -> PeerHostCases.add(suite, cases, p.address().host())).orElse(cases);
    }

    private static List<BenchCase> smoke() {
        Sweep sweep = new Sweep(Suite.SMOKE);
        sweep.rtt(transports(t -> t instanceof ProcessTransport || SMOKE_THREADS.contains(t)), List.of(64));
        sweep.throughput(List.of(MMAP), List.of(64));
        sweep.fixedRate(List.of(MMAP), 10_000);
        return sweep.cases();
    }

    /**
     * Every case runs in several forks, so quick keeps the ends of each sweep: 64 B and 64 KiB between
     * processes, 64 B between threads (their curve is flat until copying dominates); full has them all.
     */
    private static List<BenchCase> quick() {
        Sweep sweep = new Sweep(Suite.QUICK);
        for (Transport t : transports(t -> !QUICK_SKIPS.contains(t))) {
            boolean oneSize = !(t instanceof ProcessTransport) || QUICK_ONE_SIZE.contains(t);
            sweep.rtt(List.of(t), oneSize ? List.of(64) : ENDS);
        }
        sweep.rtt(List.of(MMAP), List.of(64), Wait.PARK);
        sweep.throughput(transports(t -> t.streams() && !QUICK_NOT_STREAMED.contains(t)
                && (t instanceof ProcessTransport || QUICK_STREAMING.contains(t))), List.of(64));
        sweep.throughput(QUICK_STREAMED_LARGE, List.of(65536));
        for (Transport t : QUICK_FIXED_RATE) {
            sweep.fixedRate(List.of(t), 100_000);
        }
        return sweep.cases();
    }

    private static List<BenchCase> full() {
        Sweep sweep = new Sweep(Suite.FULL);
        sweep.rtt(Transports.all(), SIZES);
        for (Wait wait : List.of(Wait.YIELD, Wait.PARK)) {
            sweep.rtt(List.of(MMAP), SIZES, wait);
        }
        for (Transport t : transports(Transport::streams)) {
            List<Integer> sizes = new ArrayList<>(SIZES);
            sizes.add(1 << 20);
            sweep.throughput(List.of(t), sizes);
            if (t.openLoop()) {
                RATES.forEach(rate -> sweep.fixedRate(List.of(t), rate));
            }
        }
        return sweep.cases();
    }

    @Override
    public void summarize(List<ResultRow> rows, PrintStream out) {
        QueueSummary.print(rows, out);
    }

    private static List<Transport> transports(Predicate<Transport> which) {
        return Transports.all().stream().filter(which).toList();
    }

    private static List<Transport> named(String... labels) {
        return List.of(labels).stream().map(Transports::named).toList();
    }

    /** A suite's cases as they are added: every transport at every size it can carry, in the order given. */
    private static final class Sweep {
        private final Suite suite;
        private final List<BenchCase> cases = new ArrayList<>();

        Sweep(Suite suite) {
            this.suite = suite;
        }

        void rtt(List<Transport> transports, List<Integer> sizes) {
            rtt(transports, sizes, Wait.SPIN);
        }

        void rtt(List<Transport> transports, List<Integer> sizes, Wait wait) {
            add(transports, sizes, k -> new RttCase(suite, k.withWait(wait)));
        }

        void throughput(List<Transport> transports, List<Integer> sizes) {
            add(transports, sizes, k -> new ThroughputCase(suite, k));
        }

        void fixedRate(List<Transport> transports, int rate) {
            add(transports, List.of(64), k -> new FixedRateCase(suite, k.withRate(rate)));
        }

        private void add(List<Transport> transports, List<Integer> sizes, Function<ChannelKnobs, BenchCase> newCase) {
            for (Transport t : transports) {
                sizes.stream().filter(size -> size <= t.maxSize()).forEach(size -> cases.add(newCase.apply(ChannelKnobs.of(t, size))));
            }
        }

        List<BenchCase> cases() {
            return cases;
        }
    }
}
