package org.ipclab.queue.link;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.ipclab.core.Params;
import org.ipclab.queue.channel.Wait;
import org.ipclab.queue.message.MessageCodec;
import org.ipclab.queue.transport.MmapTransport;
import org.ipclab.queue.transport.TcpTransport;
import org.ipclab.queue.transport.Transport;
import org.ipclab.queue.transport.Transports;

/**
 * What a channel case is run with, checked once here with the valid values named: the transport,
 * the message size, how polling ends wait, the rate of a fixed-rate case, and the host of a responder
 * at the far end ({@code peer=}, tcp only; empty for a peer JVM or thread of this host). The case's
 * params are written from it, and it reaches the peer JVM whole, as one {@link #encode() encoded} argument.
 */
public record ChannelKnobs(Transport transport, int size, Wait waiting, OptionalInt rate, Optional<String> peerHost) {
    private static final Set<String> KEYS = Set.of("size", "wait", "rate", "peer");

    public ChannelKnobs {
        if (size < MessageCodec.MIN_SIZE || size > transport.maxSize()) {
            throw new IllegalArgumentException("size " + size + " out of range for " + transport.label()
                    + " (valid: " + MessageCodec.MIN_SIZE + ".." + transport.maxSize() + " bytes)");
        }
        if (rate.isPresent() && rate.getAsInt() <= 0) {
            throw new IllegalArgumentException("rate " + rate.getAsInt() + " must be a positive number of messages/s");
        }
        if (peerHost.isPresent() && !transport.label().equals(TcpTransport.LABEL)) {
            throw new IllegalArgumentException("peer=" + peerHost.get() + " is for tcp only (valid transport with peer: "
                    + TcpTransport.LABEL + ")");
        }
    }

    /** The transport at this size, spinning where it polls, on this host. */
    public static ChannelKnobs of(Transport transport, int size) {
        return new ChannelKnobs(transport, size, Wait.SPIN, OptionalInt.empty(), Optional.empty());
    }

    public ChannelKnobs withWait(Wait wait) {
        return new ChannelKnobs(transport, size, wait, rate, peerHost);
    }

    public ChannelKnobs withRate(int messagesPerSecond) {
        return new ChannelKnobs(transport, size, waiting, OptionalInt.of(messagesPerSecond), peerHost);
    }

    /** The same knobs against the responder on {@code host}. */
    public ChannelKnobs onPeerHost(String host) {
        return new ChannelKnobs(transport, size, waiting, rate, Optional.of(host));
    }

    /**
     * The params of the case's rows. mmap cases name their wait even when it spins (it is swept
     * there); the other channels name it only when it is not the one way they wait.
     */
    public Params params() {
        Params params = Params.of("transport", transport.label(), "size", size);
        if (waiting != Wait.SPIN || transport.label().equals(MmapTransport.LABEL)) {
            params = params.with("wait", waiting.label());
        }
        if (rate.isPresent()) {
            params = params.with("rate", rate.getAsInt());
        }
        return peerHost.isPresent() ? params.with("peer", peerHost.get()) : params;
    }

    /** Threads this case's channel keeps busy-waiting, for the oversubscription warning. */
    public int spinners() {
        return transport.spinners(waiting);
    }

    /**
     * {@code <transport> <params>}, the wait always named: {@code uds size=64;wait=spin}; read back by
     * {@link #decode}. The transport leads, so a process listing reads {@code ResponderRole uds ...}.
     */
    public String encode() {
        Params rest = Params.of("size", size, "wait", waiting.label());
        if (rate.isPresent()) {
            rest = rest.with("rate", rate.getAsInt());
        }
        if (peerHost.isPresent()) {
            rest = rest.with("peer", peerHost.get());
        }
        return transport.label() + " " + rest;
    }

    /** The knobs {@link #encode()} wrote, checked again as they are made. */
    public static ChannelKnobs decode(String text) {
        int space = text.indexOf(' ');
        if (space <= 0) {
            throw new IllegalArgumentException("bad channel knobs '" + text + "': expected <transport> size=<n>;wait=<w>...");
        }
        Transport transport = Transports.named(text.substring(0, space));
        Params params = Params.parse(text.substring(space + 1));
        Set<String> unknown = new TreeSet<>(params.asMap().keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown channel knobs " + unknown + " in '" + text + "'");
        }
        String rate = params.get("rate", null);
        return new ChannelKnobs(transport, params.getInt("size"), Wait.named(params.get("wait")),
                rate == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(rate)),
                Optional.ofNullable(params.get("peer", null)));
    }
}
