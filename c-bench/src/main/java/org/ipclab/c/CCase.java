package org.ipclab.c;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.Placement;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;

/**
 * One measurement of the C reference program, named as its Java twin is named (same case, params and
 * metric, module {@code c}). It runs in a case JVM like every case, so it takes its place in the
 * shuffled rounds and its placement: the program inherits the case JVM's CPUs, its echo process is
 * pinned where a Java case's peer would be. No cc on this machine: the case is {@code skipped:no-cc}.
 */
final class CCase implements BenchCase {
    static final String NO_CC = "no-cc";
    /** Rough times on a 2-vCPU guest: a case JVM starting and ending, a C round trip where one end blocks or both spin. */
    private static final Duration CASE_JVM = Duration.ofMillis(450);
    private static final long BLOCKING_RTT_NS = 60_000;
    private static final long SPINNING_RTT_NS = 5_000;

    private final CaseSpec spec;
    private final String metric;
    private final List<String> args;
    private final Duration run;
    private final boolean rtt;
    private final boolean spins;

    private CCase(CaseSpec spec, String metric, List<String> args, Duration run, boolean rtt, boolean spins) {
        this.spec = spec;
        this.metric = metric;
        this.args = List.copyOf(args);
        this.run = run;
        this.rtt = rtt;
        this.spins = spins;
    }

    /** The warm-up of a round-trip case: at least minMs and minCount round trips, at most maxMs (as the Java rig's). */
    private record Warmup(long minMs, long minCount, long maxMs) {
        long expectedMs(long perRoundTripNs) {
            return Math.min(maxMs, Math.max(minMs, minCount * perRoundTripNs / 1_000_000));
        }
    }

    /** Operations discarded as warm-up, then measured. */
    private record Counts(int warmup, int measured) {
        int total() {
            return warmup + measured;
        }
    }

    /** Ping-pong round trips of {@code size} bytes, timed for as long as the Java rtt case times them. */
    static CCase rtt(Suite suite, String transport, int size) {
        // No JIT to warm: a short warm-up settles caches and the scheduler; the measurement lasts as the Java one.
        Warmup warmup = suite.pick(new Warmup(50, 1_000, 500), new Warmup(50, 1_000, 500), new Warmup(200, 2_000, 2_000));
        long measureMs = suite.pick(300L, 300L, 1_000L);
        boolean spins = transport.equals("shm");
        long guessNs = (spins ? SPINNING_RTT_NS : BLOCKING_RTT_NS) + size;
        List<String> args = List.of("rtt", transport, String.valueOf(size), String.valueOf(warmup.minMs()),
                String.valueOf(warmup.minCount()), String.valueOf(warmup.maxMs()), String.valueOf(measureMs));
        return new CCase(new CaseSpec(CCases.MODULE, "rtt", Params.of("transport", transport, "size", size)), "rtt",
                args, Duration.ofMillis(warmup.expectedMs(guessNs) + measureMs), true, spins);
    }

    /**
     * The machine's floor: a cache line ping-ponged between two processes, the twin of calibration's two
     * JVMs. Timed like a round trip rather than counted as calibration counts: two spinners on a busy
     * machine may hand over once per time slice, and a count would then outlast any timeout.
     */
    static CCase floor(Suite suite) {
        Warmup warmup = suite.pick(new Warmup(50, 10_000, 500), new Warmup(50, 10_000, 500), new Warmup(200, 20_000, 2_000));
        long measureMs = suite.pick(300L, 300L, 1_000L);
        return new CCase(new CaseSpec(CCases.MODULE, "floor", Params.NONE), "rtt",
                List.of("floor", String.valueOf(warmup.minMs()), String.valueOf(warmup.minCount()),
                        String.valueOf(warmup.maxMs()), String.valueOf(measureMs)),
                Duration.ofMillis(warmup.expectedMs(SPINNING_RTT_NS) + measureMs), false, true);
    }

    /** Start to exit of {@code /bin/true}, as many as the Java spawn case makes. */
    static CCase spawn(Suite suite, String mechanism) {
        Counts counts = suite.pick(new Counts(20, 150), new Counts(50, 200), new Counts(100, 1000));
        return new CCase(new CaseSpec(CCases.MODULE, "spawn", Params.of("mechanism", mechanism)), "start-to-exit",
                List.of("spawn", mechanism, String.valueOf(counts.warmup()), String.valueOf(counts.measured())),
                Duration.ofMillis(2L * counts.total()), false, false);
    }

    /** Start to join of a pthread storing its sequence number, as many as the Java platform-thread case. */
    static CCase thread(Suite suite) {
        Counts counts = suite.pick(new Counts(2_000, 5_000), new Counts(2_000, 5_000), new Counts(5_000, 20_000));
        return new CCase(new CaseSpec(CCases.MODULE, "thread", Params.of("kind", "platform")), "start-to-join",
                List.of("thread", String.valueOf(counts.warmup()), String.valueOf(counts.measured())),
                Duration.ofMillis(counts.total() * 60L / 1000), false, false);
    }

    @Override
    public CaseSpec spec() {
        return spec;
    }

    @Override
    public Duration expected() {
        return CASE_JVM.plus(run);
    }

    /** Round trips have an echo process to place, as the Java channel cases have a peer JVM. */
    @Override
    public boolean placeable() {
        return rtt;
    }

    /** The round trips' echo process, and the floor's second spinner: the floor runs once, not per placement, yet is a pair. */
    @Override
    public boolean hasPeer() {
        return rtt || spins;
    }

    /** The compiled program and its source, kept in the run's private folder. */
    @Override
    public long scratchBytes() {
        return 256 * 1024;
    }

    @Override
    public CaseResult run(CaseContext context) throws IOException, InterruptedException {
        return run(context, System.getenv());
    }

    /** @param env where the compiler is looked up ({@code CC}, {@code PATH}) */
    CaseResult run(CaseContext context, Map<String, String> env) throws IOException, InterruptedException {
        CaseResult result = new CaseResult();
        if (spins && context.placement() == Placement.SAME) {
            // Two spinners on one CPU hand over once per scheduler time slice: the Java shm case skips it too.
            return result.add(ResultRow.skipped(spec, metric, "spins-on-one-cpu"));
        }
        Optional<CCompiler> compiler = CCompiler.find(env);
        if (compiler.isEmpty()) {
            return result.add(ResultRow.skipped(spec, metric, NO_CC))
                    .warn("no C compiler: set CC or put cc on the PATH to measure the C reference");
        }
        result.fact("cc", compiler.get().describe()).fact("ccVersion", compiler.get().version())
                .fact("ccFlags", String.join(" ", CCompiler.FLAGS));
        CCompiler.Built built;
        try {
            built = compiler.get().program(context.runPrivateDir());
        } catch (CCompiler.CompileException e) {
            return result.add(ResultRow.failed(spec, metric, "compile-error")).warn(e.getMessage());
        }
        result.fact("compiledInThisFork", built.compiled());
        List<String> command = new ArrayList<>(args);
        if (rtt) {
            command.add(context.privateDir().toString());
            command.add(System.getProperty(Placement.PEER_CPUS_PROPERTY, "-"));
        }
        try {
            CSamples samples = CProgram.run(built.program(), command, context.privateDir(), ownTimeout());
            if (samples.count() == 0) {
                return result.add(ResultRow.failed(spec, metric, "no-samples"));
            }
            return result.add(context.latency(metric, samples.intervals(), samples.warmup()));
        } catch (CProgram.FailedException e) {
            return result.add(ResultRow.failed(spec, metric, e.reason())).warn(e.getMessage());
        }
    }
}
