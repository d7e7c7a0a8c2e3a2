package org.ipclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.junit.jupiter.api.Test;

class CRatioTest {
    /** Rows whose forks' placement was not observed. */
    private static final Function<ResultRow, Set<String>> UNKNOWN = r -> Set.of();

    private static ResultRow latency(String module, String name, Params params, String metric, long p50) {
        return new ResultRow(module, name, params, metric, Unit.NS, 1000, (double) p50, p50, p50 * 2, p50 * 3,
                p50 * 4, p50 * 5, null, RowStatus.OK, null);
    }

    private final ResultRow javaPipe = latency("queue", "rtt", Params.of("size", 64, "transport", "pipe"), "rtt", 6_000);
    private final ResultRow cPipe = latency("c", "rtt", Params.of("size", 64, "transport", "pipe"), "rtt", 2_000);
    private final ResultRow javaSpawn = latency("process", "spawn", Params.of("api", "process-builder", "mechanism", "fork"),
            "start-to-exit", 3_000_000);
    private final ResultRow cSpawn = latency("c", "spawn", Params.of("mechanism", "fork"), "start-to-exit", 500_000);
    private final ResultRow cPosixSpawn = latency("c", "spawn", Params.of("mechanism", "posix_spawn"), "start-to-exit", 400_000);

    @Test
    void shouldDivideTheJavaMedianByItsCTwinsFromTheSameRun() {
        List<ResultRow> run = List.of(javaPipe, cPipe, javaSpawn, cPosixSpawn, cSpawn);

        assertEquals(3.0, CRatio.of(javaPipe, run, UNKNOWN).getAsDouble(), 1e-9);
        assertEquals(6.0, CRatio.of(javaSpawn, run, UNKNOWN).getAsDouble(), 1e-9, "the Java row's extra api param does not matter");
    }

    @Test
    void shouldPairOnlyTheSameCaseMetricAndParams() {
        ResultRow javaPipe64k = latency("queue", "rtt", Params.of("size", 65536, "transport", "pipe"), "rtt", 90_000);
        ResultRow virtual = latency("process", "thread", Params.of("kind", "virtual"), "start-to-join", 9_000);
        ResultRow cThread = latency("c", "thread", Params.of("kind", "platform"), "start-to-join", 30_000);
        List<ResultRow> run = List.of(javaPipe64k, virtual, cPipe, cThread);

        assertTrue(CRatio.of(javaPipe64k, run, UNKNOWN).isEmpty(), "64 KiB has no C twin here");
        assertTrue(CRatio.of(virtual, run, UNKNOWN).isEmpty(), "a virtual thread is not a pthread");
        assertTrue(CRatio.of(cPipe, run, UNKNOWN).isEmpty(), "a C row has no ratio to itself");
        assertFalse(CRatio.mirrors(javaPipe, cPipe), "the Java row is not the C twin");
    }

    @Test
    void shouldPairPlacementLabelledRowsOnlyWithTheSamePlacement() {
        ResultRow javaSame = javaPipe.withParams(javaPipe.params().with("placement", "same"));
        ResultRow cCross = cPipe.withParams(cPipe.params().with("placement", "cross"));
        ResultRow cSame = latency("c", "rtt", Params.of("placement", "same", "size", 64, "transport", "pipe"), "rtt", 1_500);

        assertEquals(4.0, CRatio.of(javaSame, List.of(cCross, cSame, javaSame), UNKNOWN).getAsDouble(), 1e-9);
    }

    @Test
    void shouldGiveNoRatioBetweenRowsTheSchedulerPlacedDifferently() {
        List<ResultRow> run = List.of(javaPipe, cPipe);
        Map<ResultRow, Set<String>> observed = Map.of(javaPipe, Set.of("cross"), cPipe, Set.of("same"));

        assertTrue(CRatio.of(javaPipe, run, observed::get).isEmpty(), "58 us on two CPUs over 2 us on one is no Java/C ratio");
        assertEquals(3.0, CRatio.of(javaPipe, run, r -> Set.of("cross")).getAsDouble(), 1e-9, "placed alike");
        assertTrue(CRatio.placedAlike(Set.of(), Set.of("same")), "unknown on one side: nothing tells them apart");
        assertTrue(CRatio.placedAlike(Set.of("cross", "mixed"), Set.of("single")), "a C spawn runs alone");
        assertFalse(CRatio.placedAlike(Set.of("same", "cross"), Set.of("same")));
    }

    @Test
    void shouldGiveNoRatioWhereEitherSideDidNotMeasure() {
        ResultRow skipped = ResultRow.skipped(new CaseSpec("c", "rtt", Params.of("size", 64, "transport", "pipe")), "rtt", "no-cc");
        ResultRow failed = ResultRow.failed(javaPipe.spec(), "rtt", "peer-sigkill");

        assertTrue(CRatio.of(javaPipe, List.of(javaPipe, skipped), UNKNOWN).isEmpty(), "skipped:no-cc leaves the ratio out");
        assertTrue(CRatio.of(failed, List.of(failed, cPipe), UNKNOWN).isEmpty());
        assertTrue(CRatio.ratio(5, 0).isEmpty(), "a 0 ns median has no ratio");
    }
}
