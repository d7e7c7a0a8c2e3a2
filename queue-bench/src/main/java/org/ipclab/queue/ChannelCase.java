package org.ipclab.queue;

import java.time.Duration;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Placement;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.queue.link.ChannelKnobs;
import org.ipclab.queue.link.Link;
import org.ipclab.queue.transport.ProcessTransport;

/**
 * What every queue case shares: its {@link ChannelKnobs}, the one source of its params; a link opened
 * and always closed; and a failure turned into one {@code failed:<reason>} row per metric instead of
 * an exception.
 */
abstract class ChannelCase implements BenchCase {
    private final CaseSpec spec;
    protected final ChannelKnobs knobs;

    ChannelCase(String name, ChannelKnobs knobs) {
        this.spec = new CaseSpec(QueueCases.MODULE, name, knobs.params());
        this.knobs = knobs;
    }

    @Override
    public CaseSpec spec() {
        return spec;
    }

    /** The metrics this case reports, in row order (a failure gives each a failed row). */
    abstract List<String> metrics();

    /** Measures over an open link, adding rows and facts; the link is finished and closed by the caller. */
    abstract void measure(CaseContext context, Link link, CaseResult result) throws Exception;

    /** The same case against the responder on {@code host}: its {@code peer=<host>} twin. */
    final ChannelCase onPeerHost(Suite suite, String host) {
        return withKnobs(suite, knobs.onPeerHost(host));
    }

    /** This kind of case over other knobs. */
    abstract ChannelCase withKnobs(Suite suite, ChannelKnobs knobs);

    /** Threads this case keeps busy-waiting, for the oversubscription warning. */
    int spinners() {
        return knobs.spinners();
    }

    /** Time outside the measurement: the transport's start (a peer JVM, a thread), or a connection to the peer host. */
    Duration startup() {
        // The case JVM, a connection and its handshake: no peer JVM.
        return knobs.peerHost().isPresent() ? Duration.ofMillis(400) : knobs.transport().startup();
    }

    /**
     * A deliberately pessimistic time per round trip, for {@link #expected()} of count-bound warm-ups:
     * ~5 µs where both ends spin, ~60 µs where one blocks (a pipe on a slow VM), plus ~1 ns per
     * payload byte for the copies and checksums of a round trip (measured nearer 0.75 ns).
     */
    Duration roundTripGuess() {
        long waitNs = spinners() > 0 ? 5_000 : 60_000;
        return Duration.ofNanos(waitNs + knobs.size());
    }

    /**
     * The channel's files, plus 4 KiB for the cache-line file a spinning channel's floor probe maps
     * beside them for a moment.
     */
    @Override
    public long scratchBytes() {
        return knobs.transport().scratchBytes(knobs.size(), expected()) + (spinners() > 0 ? 4096 : 0);
    }

    /** The module's, or the transport's own where its library's classes are many ({@link org.ipclab.queue.transport.Transport#ownClassSet}). */
    @Override
    public String classSet() {
        return knobs.transport().ownClassSet() ? spec.module() + "-" + knobs.transport().label() : spec.module();
    }

    /** A rig and a peer JVM: pinning them to one CPU or two changes what a channel costs. */
    @Override
    public boolean placeable() {
        return knobs.transport() instanceof ProcessTransport && knobs.peerHost().isEmpty();
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
            link = Link.open(context, knobs, ownTimeout());
            measure(context, link, result);
            link.finish();
            link.facts().forEach(result::fact);
        } catch (Exception e) {
            String reason = link != null ? link.failureReason(e) : Link.openFailureReason(e);
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
        return result.fact("transport", knobs.transport().label()).fact("wait", knobs.waiting().label());
    }
}
