package org.ipclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.Params;
import org.ipclab.report.compare.Comparison;
import org.ipclab.report.compare.DisturbedForks;
import org.ipclab.report.compare.PairedRow;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.ipclab.report.read.ForkRecord;
import org.ipclab.report.read.MeasuredRow;
import org.ipclab.report.read.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkComparisonTest {
    @TempDir
    Path temp;

    @Test
    void shouldReadEachForkOfASchemaTwoFolder() throws IOException {
        RunFolder run = RunFolder.read(new ResultFolderFixture(temp.resolve("a"), "run-a").forks(3, 0.02).failedForks(1)
                .placements("same", "cross").latency("queue", "rtt", Params.of("transport", "pipe"), "rtt", 20_000, 8).write());

        MeasuredRow rtt = run.rows().get(0);
        assertEquals(4, run.info().forksPerCase());
        assertEquals(4, rtt.forks().size());
        ForkRecord first = rtt.forks().get(0);
        assertEquals(1, first.fork());
        assertEquals("same", first.knownPlacement());
        assertEquals("cross", rtt.forks().get(1).placement());
        assertTrue(first.ok() && !first.disturbed());
        assertEquals(20, first.metrics().get("rtt").samples().size());
        assertEquals(20_000, first.metrics().get("rtt").centre(), 2_000);
        assertTrue(rtt.forks().get(3).failed());
    }

    @Test
    void shouldShowClustersInsteadOfAVerdictWhenAForkIsThreeTimesSlower() throws IOException {
        Path a = counter(temp.resolve("a"), 1.0, f -> f);
        Path b = counter(temp.resolve("b"), 1.0, f -> f.forkFactor(2, 3.0));

        PairedRow row = compare(a, b);

        assertEquals(Verdict.BIMODAL, row.verdict(), row.toString());
        assertTrue(row.note().contains("B: 2 clusters") && row.note().contains("×4") && row.note().contains("×1"), row.note());
    }

    @Test
    void shouldSayThePlacementDiffersWhenTheSidesShareNone() throws IOException {
        Path a = counter(temp.resolve("a"), 1.0, f -> f.placements("same"));
        Path b = counter(temp.resolve("b"), 1.0, f -> f.placements("cross"));

        PairedRow row = compare(a, b);

        assertEquals(Verdict.PLACEMENT_DIFFERS, row.verdict());
        assertEquals("placement-differs: A ran same, B ran cross", row.verdictText());
    }

    @Test
    void shouldCompareLikePlacementWithLike() throws IOException {
        Path a = counter(temp.resolve("a"), 1.0, f -> f.placements("same", "same", "cross", "same", "same"));
        Path b = counter(temp.resolve("b"), 1.0, f -> f.placements("same"));

        PairedRow row = compare(a, b);

        assertEquals(4, row.baselineForks());
        assertEquals(5, row.forks());
        assertTrue(row.note().contains("compared on same forks only"), row.note());
        assertFalse(row.verdict() == Verdict.WORSE || row.verdict() == Verdict.BETTER, row.toString());
    }

    @Test
    void shouldLeaveOutADisturbedForkAndCountIt() throws IOException {
        Path a = counter(temp.resolve("a"), 1.0, f -> f);
        Path b = counter(temp.resolve("b"), 1.0, f -> f.forkFactor(2, 3.0).disturbedFork(2));

        PairedRow row = compare(a, b);
        PairedRow kept = compare(a, b, true);

        assertEquals(4, row.forks(), row.toString());
        assertEquals(1, row.disturbedForks());
        assertEquals(0, row.baselineDisturbedForks());
        assertEquals("5 vs 4 forks (+0/+1 disturbed)", row.forksText());
        assertFalse(row.verdict() == Verdict.BIMODAL || row.verdict() == Verdict.WORSE, row.toString());
        assertEquals(Verdict.BIMODAL, kept.verdict(), "kept, the 3x slower disturbed fork splits B: " + kept);
        assertEquals(5, kept.forks());
    }

    /**
     * The two sides of one two-sided run, B 10% slower, and the host twice as slow in round 3 for both twins: taken
     * twin by twin the slow round drops out and the change is called; the same forks from two separate runs split
     * each side into two clusters.
     */
    @Test
    void shouldCompareTheTwinsOfATwoSidedRunPairByPair() throws IOException {
        Path a = counter(temp.resolve("run-a"), 1.0, f -> f.forkFactor(3, 2.0).interleavedWith("run-b"));
        Path b = counter(temp.resolve("run-b"), 1.1, f -> f.forkFactor(3, 2.0).seed(7).interleavedWith("run-a"));
        Path apartA = counter(temp.resolve("apart-a"), 1.0, f -> f.forkFactor(3, 2.0));
        Path apartB = counter(temp.resolve("apart-b"), 1.1, f -> f.forkFactor(3, 2.0).seed(7));

        PairedRow twins = compare(a, b);
        PairedRow apart = compare(apartA, apartB);

        assertEquals(Verdict.WORSE, twins.verdict(), twins.toString());
        assertEquals(5, twins.forks());
        assertEquals(-9.1, twins.changePct(), 2.5, "1/1.1 the rate, within the forks' noise (2% each)");
        assertEquals(Verdict.BIMODAL, apart.verdict(), apart.toString());
    }

    private PairedRow compare(Path a, Path b) {
        return compare(a, b, false);
    }

    private PairedRow compare(Path a, Path b, boolean keepDisturbed) {
        Comparison c = Comparison.ofSides(List.of(List.of(RunFolder.read(a)), List.of(RunFolder.read(b))),
                Comparison.DEFAULT_THRESHOLD_PCT, keepDisturbed ? DisturbedForks.COUNTED : DisturbedForks.TWINS_ONLY);
        return c.rows().stream().filter(r -> r.run().equals("B") && r.caseName().equals("counter")).findFirst().orElseThrow();
    }

    private static Path counter(Path dir, double factor, java.util.function.UnaryOperator<ResultFolderFixture> setup)
            throws IOException {
        return setup.apply(new ResultFolderFixture(dir, dir.getFileName().toString()).forks(5, 0.02))
                .rate("lock", "counter", Params.of("threads", 1), "op", "ops/s", SampleRuns.spread(1e6 / factor, 8)).write();
    }
}
