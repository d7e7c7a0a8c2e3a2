package org.ipclab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import org.ipclab.queue.channel.MappedRing;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * {@link MappedRing}'s publication: a consumer that sees a slot's stamp must see the whole fragment
 * behind it (length, last flag and data), and a message of several fragments whole and no longer.
 *
 * <pre>
 *   producer: per fragment: copy data, length, last; stamp = position + 1 (release); then one more fragment
 *   consumer: stamp == position + 1 (acquire)? then read length, last, data; wait for the next stamp if not last
 * </pre>
 * Each side makes its own view of the ring's slice, as each process does. The extra fragment after the
 * message gives a consumer that misreads the last flag a stamp to find, so it fails instead of waiting.
 * Result: r1 = 0 nothing published yet, 1 read, 2 the read failed (a corrupt header, or a wait that
 * outlived its bound); r2 = bytes of the message that matched.
 */
public final class MappedRingPublication {
    static final int SLOT_BYTES = 64;
    /** A 64-byte slot less its 16-byte header. */
    static final int FRAGMENT_BYTES = 48;
    private static final byte[] EXTRA = new byte[FRAGMENT_BYTES];

    private MappedRingPublication() {
    }

    /** One race over a fresh slice: the message, then the extra fragment, in a ring that holds both. */
    static final class Race {
        private final int slots;
        private final byte[] message;
        private final byte[] received;
        private final MappedByteBuffer slice;

        Race(MappedSlices slices, byte[] message) {
            this.slots = slots(message.length / FRAGMENT_BYTES);
            this.message = message;
            this.received = new byte[message.length];
            this.slice = slices.next();
        }

        void produce() {
            MappedRing ring = new MappedRing(slice, 0, slots, SLOT_BYTES, PollingWaiter.bounded());
            try {
                ring.write(message, message.length);
                ring.write(EXTRA, EXTRA.length);
            } catch (IOException e) {
                throw new IllegalStateException("the ring had room for every fragment", e);
            }
        }

        void consume(II_Result r) {
            MappedRing ring = new MappedRing(slice, 0, slots, SLOT_BYTES, PollingWaiter.bounded());
            try {
                if (ring.tryRead(received, received.length)) {
                    r.r1 = 1;
                    r.r2 = Payload.matching(message, received);
                }
            } catch (IOException e) {
                r.r1 = 2;
            }
        }

        /** The least power of two that holds the message's fragments and the extra one. */
        static int slots(int fragments) {
            return Integer.highestOneBit(fragments) << 1;
        }

        static int bytes(int fragments) {
            return (int) MappedRing.bytes(slots(fragments), SLOT_BYTES);
        }
    }

    @JCStressTest
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "read before the stamp was published")
    @Outcome(id = "1, " + FRAGMENT_BYTES, expect = ACCEPTABLE, desc = "the whole fragment")
    @Outcome(expect = FORBIDDEN, desc = "the stamp was visible but the fragment behind it stale or torn")
    @State
    public static class OneFragment {
        private static final MappedSlices SLICES = new MappedSlices(Race.bytes(1));
        private static final byte[] MESSAGE = Payload.of(FRAGMENT_BYTES);
        private final Race race = new Race(SLICES, MESSAGE);

        @Actor
        public void producer() {
            race.produce();
        }

        @Actor
        public void consumer(II_Result r) {
            race.consume(r);
        }
    }

    /** Once the first stamp is seen the consumer waits for the second fragment, which must end the message. */
    @JCStressTest
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "read before the first stamp was published")
    @Outcome(id = "1, " + 2 * FRAGMENT_BYTES, expect = ACCEPTABLE, desc = "the whole two-fragment message")
    @Outcome(expect = FORBIDDEN, desc = "a fragment stale or torn, or the message cut short or run on")
    @State
    public static class TwoFragments {
        private static final MappedSlices SLICES = new MappedSlices(Race.bytes(2));
        private static final byte[] MESSAGE = Payload.of(2 * FRAGMENT_BYTES);
        private final Race race = new Race(SLICES, MESSAGE);

        @Actor
        public void producer() {
            race.produce();
        }

        @Actor
        public void consumer(II_Result r) {
            race.consume(r);
        }
    }
}
