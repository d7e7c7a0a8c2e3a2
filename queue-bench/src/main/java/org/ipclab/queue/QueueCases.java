package org.ipclab.queue;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseProvider;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.core.remote.RemotePeer;
import org.ipclab.queue.link.JvmTransport;
import org.ipclab.queue.link.ProcessTransport;
import org.ipclab.queue.link.Transport;

/**
 * The queue module's cases: channels from the floor (shm) through the shared-memory ring, Aeron,
 * Chronicle and the kernel's pipes and sockets, then the in-JVM queues, so the summary reads in that order.
 * smoke: every channel's 64-byte round trip once (a few in-JVM ones), one throughput, one fixed-rate;
 * quick: 64 B and 64 KiB round trips between processes (64 B between threads), throughput at 64 B (and
 * 64 KiB for two), fixed rate at 100k/s for the fast ones, each in four short forks;
 * full: longer runs, every size and rate. With a peer host, the tcp cases get peer= twins ({@link PeerHostCases}).
 */
public final class QueueCases implements CaseProvider {
    static final String MODULE = "queue";
    static final List<Transport> ORDER = List.of(
            ProcessTransport.SHM, ProcessTransport.MMAP, ProcessTransport.AERON, ProcessTransport.CHRONICLE,
            ProcessTransport.PIPE, ProcessTransport.FIFO, ProcessTransport.UDS, ProcessTransport.TCP,
            JvmTransport.HANDOFF, JvmTransport.DISRUPTOR, JvmTransport.AGRONA_1TO1, JvmTransport.JCTOOLS_SPSC,
            JvmTransport.CLQ, JvmTransport.ABQ, JvmTransport.LBQ, JvmTransport.LTQ, JvmTransport.SQ);
    private static final List<Integer> SIZES = List.of(8, 64, 1024, 65536);
    /** In-JVM queues quick streams through: one of each kind (ring, SPSC ring, SPSC queue, blocking). */
    private static final List<Transport> QUICK_STREAMING = List.of(JvmTransport.DISRUPTOR,
            JvmTransport.AGRONA_1TO1, JvmTransport.JCTOOLS_SPSC, JvmTransport.ABQ);
    private static final List<Transport> FAST = List.of(ProcessTransport.MMAP, ProcessTransport.AERON,
            ProcessTransport.CHRONICLE, JvmTransport.AGRONA_1TO1, JvmTransport.DISRUPTOR);

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<BenchCase> cases(Suite suite) {
        List<BenchCase> cases = new ArrayList<>();
        switch (suite) {
            case SMOKE -> {
                for (Transport t : ORDER) {
                    if (t instanceof ProcessTransport || t == JvmTransport.HANDOFF || t == JvmTransport.ABQ
                            || t == JvmTransport.DISRUPTOR) {
                        cases.add(new RttCase(suite, params(t, 64)));
                    }
                }
                cases.add(new ThroughputCase(suite, params(ProcessTransport.MMAP, 64)));
                cases.add(new FixedRateCase(suite, params(ProcessTransport.MMAP, 64).with("rate", 10_000)));
            }
            case QUICK -> {
                // Every case runs in several forks, so quick keeps the ends of each sweep: 64 B and 64 KiB between
                // processes, 64 B between threads (their curve is flat until copying dominates); full has them all.
                for (Transport t : ORDER) {
                    if (t == JvmTransport.LBQ || t == JvmTransport.LTQ) {
                        continue; // blocking like jvm-abq and jvm-sq, which stay; full has them
                    }
                    boolean oneSize = t instanceof JvmTransport || t == ProcessTransport.FIFO || t == ProcessTransport.SHM;
                    for (int size : oneSize ? List.of(64) : List.of(64, 65536)) {
                        cases.add(new RttCase(suite, params(t, size)));
                    }
                }
                cases.add(new RttCase(suite, params(ProcessTransport.MMAP, 64).with("wait", "park")));
                for (Transport t : streaming()) {
                    if (t != ProcessTransport.FIFO && (t instanceof ProcessTransport || QUICK_STREAMING.contains(t))) {
                        cases.add(new ThroughputCase(suite, params(t, 64)));
                    }
                }
                for (Transport t : List.of(ProcessTransport.MMAP, ProcessTransport.PIPE)) {
                    cases.add(new ThroughputCase(suite, params(t, 65536)));
                }
                for (Transport t : FAST) {
                    if (t != ProcessTransport.CHRONICLE) { // its 100k/s is over capacity here; full sweeps its rates
                        cases.add(new FixedRateCase(suite, params(t, 64).with("rate", 100_000)));
                    }
                }
            }
            case FULL -> {
                for (Transport t : ORDER) {
                    for (int size : SIZES) {
                        cases.add(new RttCase(suite, params(t, size)));
                    }
                }
                for (String wait : List.of("yield", "park")) {
                    for (int size : SIZES) {
                        cases.add(new RttCase(suite, params(ProcessTransport.MMAP, size).with("wait", wait)));
                    }
                }
                for (Transport t : streaming()) {
                    List<Integer> sizes = new ArrayList<>(SIZES);
                    if (t.maxSize() >= 1 << 20) {
                        sizes.add(1 << 20);
                    }
                    for (int size : sizes) {
                        cases.add(new ThroughputCase(suite, params(t, size)));
                    }
                    for (int rate : t.openLoop() ? List.of(1_000, 10_000, 100_000, 1_000_000) : List.<Integer>of()) {
                        cases.add(new FixedRateCase(suite, params(t, 64).with("rate", rate)));
                    }
                }
            }
        }
        return RemotePeer.configured().map(p -> PeerHostCases.add(suite, cases, p.address().host())).orElse(cases);
    }

    @Override
    public void summarize(List<ResultRow> rows, PrintStream out) {
        QueueSummary.print(rows, out);
    }

    private static List<Transport> streaming() {
        return ORDER.stream().filter(Transport::streams).toList();
    }

    /** mmap cases name their wait strategy (it is a choice there); the other channels have one way to wait. */
    static Params params(Transport transport, int size) {
        Params params = Params.of("transport", transport.label(), "size", size);
        return transport == ProcessTransport.MMAP ? params.with("wait", "spin") : params;
    }
}
