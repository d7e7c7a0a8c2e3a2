package org.ipclab.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.results.II_Result;

/** Each stress test's actors run one after the other: the outcomes its wiring must give without a race. */
class InTurnTest {
    @Test
    void shouldReadTheWholeRingMessageOnlyAfterItWasWritten() {
        MappedRingPublication.OneFragment early = new MappedRingPublication.OneFragment();
        assertEquals("0, 0", consumed(early::consumer));
        MappedRingPublication.OneFragment one = new MappedRingPublication.OneFragment();
        one.producer();
        assertEquals("1, 48", consumed(one::consumer));
        MappedRingPublication.TwoFragments two = new MappedRingPublication.TwoFragments();
        two.producer();
        assertEquals("1, 96", consumed(two::consumer));
    }

    @Test
    void shouldHandTheWholeMessageOverTheSharedLineBothWays() {
        SharedLineHandoff.Request early = new SharedLineHandoff.Request();
        assertEquals("0, 0", consumed(early::peer));
        SharedLineHandoff.Request request = new SharedLineHandoff.Request();
        request.parent();
        assertEquals("1, 120", consumed(request::peer));
        SharedLineHandoff.Reply reply = new SharedLineHandoff.Reply();
        assertEquals("0, 0", consumed(reply::parent));
        reply.peer();
        assertEquals("1, 120", consumed(reply::parent));
    }

    @Test
    void shouldCountBothSidesIncrements() throws InterruptedException {
        SharedCounterIncrements counter = new SharedCounterIncrements();
        // the round's barrier waits for both sides, so each needs a thread of its own
        Thread first = new Thread(counter::first);
        Thread second = new Thread(counter::second);
        first.start();
        second.start();
        first.join();
        second.join();
        assertEquals("2, 1", consumed(counter::arbiter));
    }

    private static String consumed(Consumer<II_Result> actor) {
        II_Result r = new II_Result();
        actor.accept(r);
        return r.r1 + ", " + r.r2;
    }
}
