package org.ipclab.queue.rig;

import java.io.IOException;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.queue.message.MessageCodec;

/**
 * Ping-pong: one message out (flagged for reply), its echo back, the round trip recorded. The clock
 * brackets send and receive only; encoding and the rig's own check sit outside it, the responder's
 * check (a CRC32C over the message) inside, as it would in any verified protocol.
 */
public final class RoundTripRig {
    private final Session session;

    public RoundTripRig(Session session) {
        this.session = session;
    }

    /** Runs round trips for about {@code durationNs} (at most {@code maxCount}); returns how many. */
    public long run(LatencyRecorder recorder, long durationNs, long maxCount) throws IOException {
        long end = System.nanoTime() + durationNs;
        long count = 0;
        while (count < maxCount) {
            long now = roundTrip(recorder);
            count++;
            if (now - end >= 0) {
                break;
            }
        }
        return count;
    }

    /** Runs round trips (recorded, for the recording path to warm up too) until {@code warmup} is over; returns how many. */
    public long warmUp(LatencyRecorder recorder, Warmup warmup) throws IOException {
        long start = System.nanoTime();
        long count = 0;
        long now;
        do {
            now = roundTrip(recorder);
            count++;
        } while (!warmup.over(count, now - start));
        return count;
    }

    /** One verified round trip, recorded; returns the clock reading that ended it. */
    private long roundTrip(LatencyRecorder recorder) throws IOException {
        int sequence = session.encodeNext(MessageCodec.REPLY);
        long start = System.nanoTime();
        session.transmit();
        session.receive();
        long now = System.nanoTime();
        session.verifyEcho(sequence);
        recorder.record(now - start);
        return now;
    }
}
