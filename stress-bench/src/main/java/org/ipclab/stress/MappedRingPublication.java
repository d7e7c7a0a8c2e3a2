package org.ipclab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import org.ipclab.queue.channel.ChannelAbortedException;
import org.ipclab.queue.channel.MappedRing;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * {@link MappedRing}'s publication: a consumer that sees a slot's stamp must see the whole fragment
 * behind it (length, last flag and data), and a message of several fragments whole.
 *
 * <pre>
 *   producer: copy data, length, last; stamp = position + 1 (release)
 *   consumer: stamp == position + 1 (acquire)? then read length, last, data
 * </pre>
 * Result: r1 = 0 nothing published yet, 1 read, 2 the header read was corrupt; r2 = bytes that matched.
 */
public final class MappedRingPublication {
    static final int SLOTS = 2;
    static final int SLOT_BYTES = 64;
    /** A 64-byte slot less its 16-byte header. */
    static final int FRAGMENT_BYTES = 48;
    private static final MappedSlices SLICES = new MappedSlices((int) MappedRing.bytes(SLOTS, SLOT_BYTES));

    private MappedRingPublication() {
    }

    /** The two processes' views of one ring, each with its own positions. */
    record Sides(MappedRing producer, MappedRing consumer) {
        static Sides overNextSlice() {
            MappedByteBuffer slice = SLICES.next();
            return new Sides(new MappedRing(slice, 0, SLOTS, SLOT_BYTES, PollingWaiter.SPIN),
                    new MappedRing(slice, 0, SLOTS, SLOT_BYTES, PollingWaiter.SPIN));
        }

        void write(byte[] message) {
            try {
                producer.write(message, message.length);
            } catch (ChannelAbortedException e) {
                throw new IllegalStateException("a fresh ring had no room", e);
            }
        }

        void tryRead(byte[] sent, byte[] received, II_Result r) {
            try {
                if (consumer.tryRead(received, received.length)) {
                    r.r1 = 1;
                    r.r2 = Payload.matching(sent, received);
                }
            } catch (IOException e) {
                r.r1 = 2;
            }
        }
    }

    @JCStressTest
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "read before the stamp was published")
    @Outcome(id = "1, " + FRAGMENT_BYTES, expect = ACCEPTABLE, desc = "the whole fragment")
    @Outcome(expect = FORBIDDEN, desc = "the stamp was visible but the fragment behind it stale or torn")
    @State
    public static class OneFragment {
        private static final byte[] MESSAGE = Payload.of(FRAGMENT_BYTES);
        private final Sides ring = Sides.overNextSlice();
        private final byte[] received = new byte[FRAGMENT_BYTES];

        @Actor
        public void producer() {
            ring.write(MESSAGE);
        }

        @Actor
        public void consumer(II_Result r) {
            ring.tryRead(MESSAGE, received, r);
        }
    }

    /** Both slots: once the first stamp is seen the consumer waits for the second, which must not end the message early. */
    @JCStressTest
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "read before the first stamp was published")
    @Outcome(id = "1, " + 2 * FRAGMENT_BYTES, expect = ACCEPTABLE, desc = "the whole two-fragment message")
    @Outcome(expect = FORBIDDEN, desc = "a fragment stale or torn, or the message cut short")
    @State
    public static class TwoFragments {
        private static final byte[] MESSAGE = Payload.of(2 * FRAGMENT_BYTES);
        private final Sides ring = Sides.overNextSlice();
        private final byte[] received = new byte[2 * FRAGMENT_BYTES];

        @Actor
        public void producer() {
            ring.write(MESSAGE);
        }

        @Actor
        public void consumer(II_Result r) {
            ring.tryRead(MESSAGE, received, r);
        }
    }
}
