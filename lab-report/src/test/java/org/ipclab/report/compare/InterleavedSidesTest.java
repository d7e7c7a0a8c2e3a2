package org.ipclab.report.compare;

import static org.ipclab.report.compare.WholeRunShiftTest.run;
import static org.ipclab.report.compare.WholeRunShiftTest.side;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ipclab.report.compare.PairedRow.Verdict;
import org.junit.jupiter.api.Test;

class InterleavedSidesTest {
    private static final List<Side> PAIR = List.of(side("A", run("a1", "b1")), side("B", run("b1", "a1")));

    @Test
    void shouldCallAPairInterleavedOnlyWhenEveryRunNamesOneOnTheOtherSide() {
        assertTrue(InterleavedSides.of(PAIR));
        assertFalse(InterleavedSides.of(List.of(side("A", run("a1", "b1")), side("B", run("b1", "a1"), run("b2", null)))),
                "b2 ran apart from side A");
        assertFalse(InterleavedSides.of(List.of(side("A", run("a1", "b1"), run("a2", null)), side("B", run("b1", "a1")))),
                "a2 ran apart from side B");
        assertFalse(InterleavedSides.of(List.of(side("A", run("a1", null)), side("B", run("b1", null)))));
        assertFalse(InterleavedSides.of(List.of(side("A", run("a1", "b1")), side("B", run("b1", "a1")), side("C", run("c1", null)))));
    }

    /** 1 vs 2 undisturbed forks with 3 and 2 disturbed: short only of undisturbed ones; 2 vs 2 with none disturbed: short. */
    @Test
    void shouldPointAtKeepDisturbedForRowsThatOnlyTheirDisturbedForksLeftShort() {
        PairedRow shortOfClean = row(2, 2, 1, 3, Verdict.INCONCLUSIVE);
        PairedRow shortOfForks = row(2, 0, 2, 0, Verdict.INCONCLUSIVE);
        PairedRow decided = row(4, 1, 4, 0, Verdict.WORSE);
        assertTrue(InterleavedSides.shortOnlyOfUndisturbed(shortOfClean));
        assertFalse(InterleavedSides.shortOnlyOfUndisturbed(shortOfForks));
        assertFalse(InterleavedSides.shortOnlyOfUndisturbed(decided));

        List<String> notes = InterleavedSides.notes(PAIR, List.of(shortOfClean, shortOfForks, decided), false);
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("forks interleaved: "), notes.get(0));
        assertTrue(notes.get(1).startsWith("1 row(s) inconclusive for want of undisturbed forks alone"), notes.get(1));
        assertEquals(1, InterleavedSides.notes(PAIR, List.of(shortOfForks), false).size(), "nothing to point at");
        assertEquals(List.of(), InterleavedSides.notes(List.of(side("A", run("a1", null)), side("B", run("b1", null))),
                List.of(shortOfClean), false), "runs apart: a disturbed fork's twin met another host");
    }

    @Test
    void shouldSayThatTheDisturbedForksOfAPairCountedAndHowToLeaveThemOut() {
        List<String> notes = InterleavedSides.notes(PAIR, List.of(row(4, 0, 4, 0, Verdict.SAME)), true);
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(1).startsWith("disturbed forks counted") && notes.get(1).contains("--drop-disturbed"), notes.get(1));
        assertTrue(DisturbedForks.TWINS_ONLY.counted(PAIR));
        assertFalse(DisturbedForks.TWINS_ONLY.counted(List.of(side("A", run("a1", null)), side("B", run("b1", null)))));
        assertFalse(DisturbedForks.LEFT_OUT.counted(PAIR));
        assertTrue(DisturbedForks.COUNTED.counted(List.of(side("A", run("a1", null)), side("B", run("b1", null)))));
    }

    private static PairedRow row(int forks, int disturbed, int baselineForks, int baselineDisturbed, Verdict verdict) {
        return new PairedRow("queue", "rtt", "size=64", "rtt", "ns", "B", 1000.0, null, null, null, null, 1.0, -5.0, 7.0, 0.03,
                null, null, forks, 0, disturbed, baselineForks, 0, baselineDisturbed, List.of(), List.of(), verdict, "", null, null);
    }
}
