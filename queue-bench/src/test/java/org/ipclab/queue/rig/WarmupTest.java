package org.ipclab.queue.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.queue.channel.InMemoryChannel;
import org.ipclab.queue.channel.Watchdog;
import org.ipclab.queue.message.MessageCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Warm-up ends on time AND count, or at its cap; each rig keeps its session in sequence across it. */
@Timeout(30)
class WarmupTest {
    private static final int SIZE = 64;
    private static final long MS = 1_000_000;
    private final AtomicReference<Throwable> responderError = new AtomicReference<>();
    private Thread responder;
    private Session session;

    @BeforeEach
    void connect() {
        InMemoryChannel[] ends = InMemoryChannel.pair(new Watchdog(Duration.ofSeconds(20)));
        responder = new Thread(() -> {
            try {
                Responder.run(ends[1], new MessageCodec(SIZE));
            } catch (Throwable t) {
                responderError.set(t);
            }
        }, "test-responder");
        responder.start();
        session = new Session(ends[0], SIZE);
    }

    @AfterEach
    void stop() throws Exception {
        session.stop();
        responder.join(10_000);
        assertFalse(responder.isAlive());
        assertNull(responderError.get());
    }

    @Test
    void shouldEndOnlyWhenBothTheTimeAndTheCountAreReached() {
        Warmup warmup = new Warmup(Duration.ofMillis(100), 1_000, Duration.ofSeconds(2));
        assertFalse(warmup.over(5_000, 50 * MS), "time not yet passed");
        assertFalse(warmup.over(999, 500 * MS), "count not yet reached");
        assertTrue(warmup.over(1_000, 100 * MS));
        assertTrue(warmup.over(3, 2_000 * MS), "the cap ends it whatever the count");
        assertTrue(warmup.capped(2_000 * MS));
        assertFalse(warmup.capped(500 * MS), "ended by its count, not by the cap");
    }

    @Test
    void shouldExpectTheLongerOfTimeAndCountWithinTheCap() {
        Warmup warmup = new Warmup(Duration.ofMillis(200), 10_000, Duration.ofSeconds(1));
        assertEquals(Duration.ofMillis(200), warmup.expected(Duration.ofNanos(1_000)));
        assertEquals(Duration.ofMillis(600), warmup.expected(Duration.ofNanos(60_000)));
        assertEquals(Duration.ofSeconds(1), warmup.expected(Duration.ofMillis(1)));
        assertThrows(IllegalArgumentException.class, () -> new Warmup(Duration.ofSeconds(2), 1, Duration.ofSeconds(1)));
    }

    @Test
    void shouldRunRoundTripsUntilTheMinimumCount() throws Exception {
        RoundTripRig rig = new RoundTripRig(session);
        LatencyRecorder recorder = new LatencyRecorder();
        assertEquals(500, rig.warmUp(recorder, new Warmup(Duration.ZERO, 500, Duration.ofSeconds(20))));
        long capped = rig.warmUp(recorder, new Warmup(Duration.ZERO, Long.MAX_VALUE, Duration.ofMillis(50)));
        assertTrue(capped > 0 && capped < Long.MAX_VALUE);
        rig.run(recorder, 10 * MS, 100);
    }

    @Test
    void shouldStreamUntilTheMinimumCount() throws Exception {
        ThroughputRig rig = new ThroughputRig(session);
        assertTrue(rig.warmUp(new Warmup(Duration.ZERO, 5_000, Duration.ofSeconds(20))) >= 5_000);
        assertEquals(1, rig.run(1, 10 * MS).size());
    }

    @Test
    void shouldEndAFixedRateRunAtItsCapAndStayInSequence() throws Exception {
        FixedRateRig rig = new FixedRateRig(session, new Watchdog(Duration.ofSeconds(20)));
        LatencyRecorder recorder = new LatencyRecorder();
        // 10 s at a million messages/s planned, capped at 50 ms: far fewer messages, all taken back.
        FixedRateRig.Outcome capped = rig.run(1_000_000, 10_000 * MS, 50 * MS, recorder);
        assertTrue(capped.messages() < 1_000_000, "messages " + capped.messages());
        assertEquals(capped.messages(), recorder.total().getTotalCount());
        rig.run(10_000, 10 * MS, recorder);
    }
}
