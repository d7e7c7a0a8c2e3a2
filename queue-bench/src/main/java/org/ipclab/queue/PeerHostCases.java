package org.ipclab.queue;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.Suite;
import org.ipclab.queue.link.ChannelKnobs;
import org.ipclab.queue.transport.TcpTransport;
import org.ipclab.queue.transport.Transports;

/**
 * With a peer host ({@code run --peer-host}), every tcp case of the suite gets a twin against the
 * responder there, filed right after it with {@code peer=<host>}, so a cross-host row sits beside its
 * loopback row of the same run. A suite without a tcp throughput or fixed-rate case gets one at
 * {@value #SIZE} bytes (loopback and peer), so each of the three is measured both ways.
 */
final class PeerHostCases {
    static final int SIZE = 64;
    static final int RATE = 10_000;

    private PeerHostCases() {
    }

    static List<BenchCase> add(Suite suite, List<BenchCase> cases, String host) {
        List<BenchCase> base = new ArrayList<>(cases);
        if (tcpCases(base, "throughput").isEmpty()) {
            base.add(new ThroughputCase(suite, loopbackTcp()));
        }
        if (tcpCases(base, "fixed-rate").isEmpty()) {
            base.add(new FixedRateCase(suite, loopbackTcp().withRate(RATE)));
        }
        List<BenchCase> all = new ArrayList<>();
        for (BenchCase c : base) {
            all.add(c);
            if (c instanceof ChannelCase channel && isLoopbackTcp(channel)) {
                all.add(channel.onPeerHost(suite, host));
            }
        }
        return all;
    }

    private static List<ChannelCase> tcpCases(List<BenchCase> cases, String name) {
        return cases.stream().filter(c -> c instanceof ChannelCase && c.spec().name().equals(name))
                .map(c -> (ChannelCase) c).filter(PeerHostCases::isLoopbackTcp).toList();
    }

    private static ChannelKnobs loopbackTcp() {
        return ChannelKnobs.of(Transports.named(TcpTransport.LABEL), SIZE);
    }

    private static boolean isLoopbackTcp(ChannelCase c) {
        return c.knobs.transport().label().equals(TcpTransport.LABEL) && c.knobs.peerHost().isEmpty();
    }
}
