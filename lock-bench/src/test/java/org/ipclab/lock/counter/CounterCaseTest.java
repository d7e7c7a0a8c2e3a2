package org.ipclab.lock.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Jmh;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.ipclab.lock.CaseRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counter case end to end: the invariant, a real JMH fork, and the rows the summary gets. */
class CounterCaseTest {

    @Test
    void shouldReportThroughputAndNoLostUpdateForALock(@TempDir Path dir) throws Exception {
        CaseResult result = CaseRig.run(new CounterCase(new CounterKnobs(Suite.SMOKE, "synchronized", 2, 0)), dir);

        ResultRow throughput = CaseRig.row(result, "throughput");
        assertEquals("ok", throughput.status().toString());
        assertEquals("ops/s", throughput.unit().text());
        assertEquals(3, throughput.samples().size(), "one sample per measured iteration");
        assertTrue(throughput.throughput() > 0 && throughput.throughput() < 1e9, "below 1 ns/op is an eliminated loop");
        ResultRow lost = CaseRig.row(result, "lost-updates");
        assertEquals("ok", lost.status().toString());
        assertEquals(0L, lost.max());
        // JMH's JSON keys a result by benchmark and params: the thread count must be among them.
        com.fasterxml.jackson.databind.JsonNode jmh = org.ipclab.core.Json.MAPPER.readTree(dir.resolve("run/jmh/lock.json").toFile());
        assertEquals(2, jmh.get(0).path("threads").asInt());
        assertEquals("2", jmh.get(0).path("params").path("threads").asText(), jmh.get(0).path("params").toString());
        ResultRow handoffs = CaseRig.row(result, "handoffs");
        assertEquals("ratio", handoffs.unit().text());
        assertEquals(3, handoffs.samples().size(), "one share per measured iteration");
        // Two threads that ran through the same iterations took the counter from each other at some point;
        // a hand-off follows an increment, so at most every increment is one.
        assertTrue(handoffs.samples().stream().allMatch(s -> s >= 0 && s <= 1), "shares per iteration: " + handoffs.samples());
        assertTrue(handoffs.mean() > 0, "two threads never took the counter from each other: " + handoffs.samples());
        assertEquals(handoffs.samples(), result.facts().get("handoffShare"), "the row and the fact are the same shares");
        assertTrue(result.facts().keySet().containsAll(List.of("jainIndex", "runningThreads", "cpuNsPerIncrement")),
                result.facts().toString());
    }

    /** Quick runs many counter forks: 3 + 3 iterations of 100 ms each, and the expected time counts them. */
    @Test
    void shouldGiveQuickTheBriefJmhBudget() {
        CounterKnobs quick = new CounterKnobs(Suite.QUICK, "cas", 2, 0);
        assertEquals(new Jmh.Budget(3, 3, 100), quick.jmh());
        assertEquals(Duration.ofMillis(1000 + 6 * 100 + 1000), quick.expected());
    }

    @Test
    void shouldRejectBadParamsNamingTheValidValues() {
        IllegalArgumentException strategy = assertThrows(IllegalArgumentException.class,
                () -> new CounterKnobs(Suite.SMOKE, "mutex", 2, 0));
        assertTrue(strategy.getMessage().contains("synchronized"), strategy.getMessage());
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> new CounterKnobs(Suite.SMOKE, "reentrant", 0, 0));
        assertTrue(threads.getMessage().contains("threads=0"), threads.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CounterKnobs(Suite.SMOKE, "reentrant", 1, -1));
    }
}
