package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.Placement;
import org.ipclab.core.calibration.CalibrationCase;
import org.ipclab.core.schema.Interference;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord;
import org.ipclab.core.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkScheduleTest {
    private static final List<CaseJob> JOBS = jobs(12);

    @Test
    void shouldRunEveryCaseOncePerRoundWithTheCalibrationFirst() {
        List<ForkSchedule.Fork> order = ForkSchedule.of(JOBS, 4, 7, 1);
        assertEquals(4 * JOBS.size(), order.size());
        for (int round = 1; round <= 4; round++) {
            int r = round;
            List<ForkSchedule.Fork> inRound = order.subList((round - 1) * JOBS.size(), round * JOBS.size());
            assertTrue(inRound.stream().allMatch(f -> f.round() == r && f.fork() == r), "round " + round);
            Set<String> ids = new HashSet<>();
            inRound.forEach(f -> ids.add(f.job().id()));
            assertEquals(JOBS.size(), ids.size(), "every case exactly once in round " + round);
            assertEquals(CalibrationCase.SPEC.id(), inRound.get(0).job().id());
        }
    }

    @Test
    void shouldReproduceTheOrderFromTheSeedAndShuffleEachRoundAnew() {
        List<String> first = ids(ForkSchedule.of(JOBS, 3, 42, 1));
        assertEquals(first, ids(ForkSchedule.of(JOBS, 3, 42, 1)));
        assertNotEquals(first, ids(ForkSchedule.of(JOBS, 3, 43, 1)));
        int n = JOBS.size();
        assertNotEquals(first.subList(0, n), first.subList(n, 2 * n), "rounds 1 and 2 in the same order");
    }

    /**
     * Two sides: every fork of a case runs on both, back to back, in the order of the one-sided schedule; each case
     * alternates the side that goes first from round to round, and the cases do not all start on the same side.
     */
    @Test
    void shouldRunEachForkOnBothSidesBackToBackAlternatingWhichGoesFirst() {
        List<ForkSchedule.Fork> oneSided = ForkSchedule.of(JOBS, 4, 11, 1);
        List<ForkSchedule.Fork> order = ForkSchedule.of(JOBS, 4, 11, 2);
        assertEquals(2 * oneSided.size(), order.size());
        Map<String, List<Integer>> firstSides = new HashMap<>();
        for (int i = 0; i < oneSided.size(); i++) {
            ForkSchedule.Fork first = order.get(2 * i);
            ForkSchedule.Fork second = order.get(2 * i + 1);
            for (ForkSchedule.Fork f : List.of(first, second)) {
                assertEquals(oneSided.get(i).job(), f.job(), "the one-sided order, each fork twice: " + i);
                assertEquals(oneSided.get(i).fork(), f.fork());
                assertEquals(oneSided.get(i).round(), f.round());
            }
            assertEquals(1, first.side() + second.side(), "side A and side B once each");
            firstSides.computeIfAbsent(first.job().id(), k -> new ArrayList<>()).add(first.side());
        }
        firstSides.forEach((id, sides) -> assertEquals(List.of(0, 1, 0, 1), sides.get(0) == 0 ? sides : List.of(1 - sides.get(0),
                1 - sides.get(1), 1 - sides.get(2), 1 - sides.get(3)), id + " alternates: " + sides));
        assertEquals(Set.of(0, 1), firstSides.values().stream().map(v -> v.get(0)).collect(Collectors.toSet()),
                "some cases start on A, some on B");
        assertEquals(order, ForkSchedule.of(JOBS, 4, 11, 2), "the seed reproduces it");
    }

    @Test
    void shouldLabelPlacementsOnlyWhenTheRunAsksForMoreThanOne() {
        List<BenchCase> cases = List.of(fake("pipe", true), fake("jvm-abq", false));
        List<CaseJob> both = CaseJob.expand(cases, List.of(Placement.SAME, Placement.CROSS));
        assertEquals(List.of("m.rtt.placement-same_transport-pipe", "m.rtt.placement-cross_transport-pipe",
                "m.rtt.transport-jvm-abq"), both.stream().map(CaseJob::id).toList());
        for (Placement one : Placement.values()) {
            List<CaseJob> jobs = CaseJob.expand(cases, List.of(one));
            assertEquals(List.of("m.rtt.transport-pipe", "m.rtt.transport-jvm-abq"), jobs.stream().map(CaseJob::id).toList());
            assertEquals(one, jobs.get(0).placement());
        }
    }

    /**
     * After two rounds: t0 clean twice, t1 clean then disturbed, t2 failed then disturbed, t3 disturbed twice. A redo
     * round runs the calibration and each disturbed fork of a case short of clean ones again, numbered on.
     */
    @Test
    void shouldRedoTheDisturbedForksOfCasesShortOfUndisturbedOnes(@TempDir Path runDir) throws IOException {
        List<CaseJob> jobs = jobs(5);
        CaseLedger ledger = new CaseLedger(runDir, jobs);
        for (ForkSchedule.Fork fork : ForkSchedule.of(jobs, 2, 3, 1)) {
            String t = fork.job().spec().params().toString();
            boolean disturbed = t.contains("t3") || fork.round() == 2 && (t.contains("t1") || t.contains("t2"));
            boolean failed = t.contains("t2") && fork.round() == 1;
            ledger.add(fork.job(), entry(fork, failed, disturbed));
        }
        List<CaseJob> short1 = CleanForks.shortOf(jobs, 2, ledger);
        assertEquals(List.of("t1", "t2", "t3"), transports(short1), "the calibration is never short; t0 has its two");

        List<ForkSchedule.Fork> redo = ForkSchedule.redoRound(jobs, short1, ledger, 3, 7, 1);
        assertEquals(CalibrationCase.SPEC.id(), redo.get(0).job().id(), "the calibration opens the round");
        assertTrue(redo.stream().allMatch(f -> f.round() == 3 && f.fork() == 3), redo.toString());
        assertEquals(ids(redo), ids(ForkSchedule.redoRound(jobs, short1, ledger, 3, 7, 1)), "the seed reproduces it");

        List<ForkSchedule.Fork> twoSided = ForkSchedule.redoRound(jobs, short1, ledger, 3, 7, 2);
        assertEquals(2 * redo.size(), twoSided.size(), "each redone fork on both sides");
        for (int i = 0; i < redo.size(); i++) {
            assertEquals(redo.get(i).job(), twoSided.get(2 * i).job(), "the one-sided order: " + i);
            assertEquals(redo.get(i).job(), twoSided.get(2 * i + 1).job());
            assertEquals(1, twoSided.get(2 * i).side() + twoSided.get(2 * i + 1).side(), "side A and side B once each");
        }

        for (ForkSchedule.Fork f : redo) {
            ledger.add(f.job(), entry(f, false, f.job().spec().params().toString().contains("t3")));
        }
        assertEquals(List.of("t3"), transports(CleanForks.shortOf(jobs, 2, ledger)),
                "t1 has its two; t2's failed fork is not redone; t3's redo was disturbed again");
    }

    private static RunRecord.ForkEntry entry(ForkSchedule.Fork fork, boolean failed, boolean disturbed) {
        return new RunRecord.ForkEntry(fork.fork(), fork.round(), failed ? RowStatus.failed("exit-1") : RowStatus.OK, 1.0, null,
                Interference.of(disturbed ? 4.0 : 0.0, 0.0, 0), null, null, null, null, null, null, "log", null);
    }

    private static List<String> transports(List<CaseJob> jobs) {
        return jobs.stream().map(j -> j.spec().params().toString().replace("transport=", "")).toList();
    }

    private static List<String> ids(List<ForkSchedule.Fork> order) {
        return order.stream().map(f -> f.job().id()).toList();
    }

    private static List<CaseJob> jobs(int n) {
        List<BenchCase> cases = new ArrayList<>();
        cases.add(new CalibrationCase(Suite.SMOKE));
        for (int i = 0; i < n - 1; i++) {
            cases.add(fake("t" + i, false));
        }
        return CaseJob.expand(cases, List.of(Placement.OS));
    }

    private static BenchCase fake(String transport, boolean placeable) {
        CaseSpec spec = new CaseSpec("m", "rtt", Params.of("transport", transport));
        return new BenchCase() {
            @Override
            public CaseSpec spec() {
                return spec;
            }

            @Override
            public Duration expected() {
                return Duration.ofSeconds(1);
            }

            @Override
            public CaseResult run(CaseContext context) {
                return new CaseResult();
            }

            @Override
            public boolean placeable() {
                return placeable;
            }
        };
    }
}
