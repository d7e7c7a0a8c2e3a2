package org.ipclab.queue;

import java.time.Duration;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.Placement;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.queue.channel.ChannelAbortedException;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.link.Link;
import org.ipclab.queue.link.ProcessTransport;
import org.ipclab.queue.link.Transport;
import org.ipclab.queue.message.MessageCodec;

/**
 * What every queue case shares: its params ({@code transport}, {@code size}, optional {@code wait},
 * optional {@code peer} for a tcp responder on another host), validated up front with the valid values
 * named; a link opened and always closed; and a failure turned into one {@code failed:<reason>} row per
 * metric instead of an exception.
 */
abstract class ChannelCase implements BenchCase {
    private final CaseSpec spec;
    protected final Transport transport;
    protected final int size;
    protected final Waiter.Strategy wait;
    /** The host of the responder at the far end ({@code peer=}), or null for a peer JVM or thread of this host. */
    protected final String peerHost;

    ChannelCase(String name, Params params) {
        this.spec = new CaseSpec(QueueCases.MODULE, name, params);
        this.transport = Transport.parse(params.get("transport"));
        this.size = params.getInt("size");
        this.wait = Waiter.Strategy.parse(params.get("wait", "spin"));
        this.peerHost = params.get("peer", null);
        if (peerHost != null && transport != ProcessTransport.TCP) {
            throw new IllegalArgumentException("peer=" + peerHost + " is for tcp only (valid transport with peer: tcp)");
        }
        if (size < MessageCodec.MIN_SIZE || size > transport.maxSize()) {
            throw new IllegalArgumentException("size " + size + " out of range for " + transport.label()
                    + " (valid: " + MessageCodec.MIN_SIZE + ".." + transport.maxSize() + " bytes)");
        }
    }

    @Override
    public CaseSpec spec() {
        return spec;
    }

    /** The metrics this case reports, in row order (a failure gives each a failed row). */
    abstract List<String> metrics();

    /** The same case against the responder on {@code host}: its {@code peer=<host>} twin. */
    abstract ChannelCase onPeerHost(Suite suite, String host);

    /** Measures over an open link, adding rows and facts; the link is finished and closed by the caller. */
    abstract void measure(CaseContext context, Link link, CaseResult result) throws Exception;

    /** Threads this case keeps busy-waiting, for the oversubscription warning. */
    int spinners() {
        return transport.spinners(wait);
    }

    /**
     * Time outside the measurement, as measured through the runner: this case's JVM start (~0.4 s),
     * then a peer JVM (more for Chronicle and Aeron's driver) or a thread, and the teardown.
     */
    Duration startup() {
        if (peerHost != null) {
            return Duration.ofMillis(400); // the case JVM, a connection and its handshake: no peer JVM
        }
        // Measured on a 2-vCPU guest over a full run: forks took 0.3-0.45 s less than 1300/800/500.
        if (transport == ProcessTransport.CHRONICLE || transport == ProcessTransport.AERON) {
            return Duration.ofMillis(1000);
        }
        return transport instanceof ProcessTransport ? Duration.ofMillis(500) : Duration.ofMillis(300);
    }

    /**
     * A deliberately pessimistic time per round trip, for {@link #expected()} of count-bound warm-ups:
     * ~5 µs where both ends spin, ~60 µs where one blocks (a pipe on a slow VM), plus ~1 ns per
     * payload byte for the copies and checksums of a round trip (measured nearer 0.75 ns).
     */
    Duration roundTripGuess() {
        long waitNs = transport.polls() && wait == Waiter.Strategy.SPIN ? 5_000 : 60_000;
        return Duration.ofNanos(waitNs + size);
    }

    /**
     * Every wait of the case ends by then: well past the expected time (a machine busy with a build
     * beside the run can double it), within the runner's own limit (4 x expected + 60 s).
     */
    Duration timeout() {
        return expected().multipliedBy(2).plusSeconds(10);
    }

    /**
     * The channel's files, plus 4 KiB for the cache-line file a spinning channel's floor probe maps
     * beside them for a moment.
     */
    @Override
    public long scratchBytes() {
        return transport.scratchBytes(size, expected()) + (spinners() > 0 ? 4096 : 0);
    }

    /** A rig and a peer JVM: pinning them to one CPU or two changes what a channel costs. */
    @Override
    public boolean placeable() {
        return transport instanceof ProcessTransport && peerHost == null;
    }

    @Override
    public CaseResult run(CaseContext context) {
        if (context.placement() == Placement.SAME && spinners() > 0) {
            // Two spinners on one CPU hand over once per scheduler time slice: that measures the scheduler.
            CaseResult skipped = new CaseResult();
            metrics().forEach(m -> skipped.add(ResultRow.skipped(spec, m, "spins-on-one-cpu")));
            return skipped;
        }
        CaseResult result = new CaseResult();
        Link link = null;
        try {
            link = peerHost != null ? Link.toPeerHost(peerHost, size, timeout())
                    : Link.open(context, transport, size, wait, timeout());
            measure(context, link, result);
            link.finish();
            link.facts().forEach(result::fact);
        } catch (Exception e) {
            String reason = link != null ? link.failureReason(e)
                    : e instanceof ChannelAbortedException aborted ? aborted.reason() : e.getClass().getSimpleName();
            result = new CaseResult().fact("error", String.valueOf(e.getMessage()));
            for (String metric : metrics()) {
                result.add(ResultRow.failed(spec, metric, reason));
            }
        } finally {
            if (link != null) {
                link.close();
            }
        }
        String warning = context.spinnerWarning(spinners());
        if (warning != null) {
            result.warn(warning);
        }
        return result.fact("transport", transport.label()).fact("wait", wait.label());
    }
}
