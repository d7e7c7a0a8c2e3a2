package org.ipclab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import org.ipclab.queue.channel.SharedLineChannel;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * {@link SharedLineChannel}'s hand-off both ways: a side that sees the turn word move to its turn must
 * see the whole message written before it. The message spills past the turn's line into the next one.
 *
 * <pre>
 *   request: parent writes, turn = 1 (release)   peer polls turn == 1 (acquire), reads
 *   reply:   peer writes,   turn = 2 (release)   parent polls turn == 2 (acquire), reads
 * </pre>
 * Result: r1 = 0 the turn had not moved yet, 1 read; r2 = bytes that matched.
 */
public final class SharedLineHandoff {
    static final int MESSAGE_BYTES = 120;
    private static final MappedSlices SLICES = new MappedSlices(Long.BYTES + MESSAGE_BYTES);
    private static final byte[] REQUEST = Payload.of(MESSAGE_BYTES);

    private SharedLineHandoff() {
    }

    /** The parent's and the peer's ends over one slice, each with its own turn count. */
    record Ends(SharedLineChannel parent, SharedLineChannel peer) {
        static Ends overNextSlice() {
            MappedByteBuffer slice = SLICES.next();
            return new Ends(SharedLineChannel.over(slice, MESSAGE_BYTES, PollingWaiter.bounded()),
                    SharedLineChannel.over(slice, MESSAGE_BYTES, PollingWaiter.bounded()));
        }
    }

    static void send(SharedLineChannel from, byte[] message) {
        try {
            from.send(message, message.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void receive(SharedLineChannel to, byte[] into) {
        try {
            to.receive(into, into.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records in {@code r} whether the message had arrived and how many of its bytes matched. */
    static void tryReceive(SharedLineChannel to, byte[] sent, byte[] received, II_Result r) {
        try {
            if (to.tryReceive(received, received.length)) {
                r.r1 = 1;
                r.r2 = Payload.matching(sent, received);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JCStressTest
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "polled before the request's turn was published")
    @Outcome(id = "1, " + MESSAGE_BYTES, expect = ACCEPTABLE, desc = "the whole request")
    @Outcome(expect = FORBIDDEN, desc = "the turn was visible but the request stale or torn")
    @State
    public static class Request {
        private final Ends ends = Ends.overNextSlice();
        private final byte[] received = new byte[MESSAGE_BYTES];

        @Actor
        public void parent() {
            send(ends.parent(), REQUEST);
        }

        @Actor
        public void peer(II_Result r) {
            tryReceive(ends.peer(), REQUEST, received, r);
        }
    }

    /** The reply overwrites the request in the same bytes, so a stale read shows the request, not zeros. */
    @JCStressTest
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "polled before the reply's turn was published")
    @Outcome(id = "1, " + MESSAGE_BYTES, expect = ACCEPTABLE, desc = "the whole reply")
    @Outcome(expect = FORBIDDEN, desc = "the turn was visible but the reply stale (the request) or torn")
    @State
    public static class Reply {
        private static final byte[] REPLY = Payload.reversed(REQUEST);
        private final Ends ends = Ends.overNextSlice();
        private final byte[] received = new byte[MESSAGE_BYTES];

        public Reply() {
            send(ends.parent(), REQUEST);
            receive(ends.peer(), received);
        }

        @Actor
        public void peer() {
            send(ends.peer(), REPLY);
        }

        @Actor
        public void parent(II_Result r) {
            tryReceive(ends.parent(), REPLY, received, r);
        }
    }
}
