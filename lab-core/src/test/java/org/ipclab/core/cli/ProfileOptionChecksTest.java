package org.ipclab.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.ipclab.core.profile.Profiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileOptionChecksTest {
    @Test
    void shouldTakeCommaListsAndRepeatsAlikeAndCountARepeatOnce() {
        assertEquals(EnumSet.of(Profiler.GC, Profiler.JFR, Profiler.ASYNC),
                RunOptionChecks.profilers(List.of("jfr,gc", "async", "jfr")));
        assertEquals(EnumSet.noneOf(Profiler.class), RunOptionChecks.profilers(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yourkit", "JFR", "jfr,,gc", "", "gc;jfr"})
    void shouldRefuseAnUnknownProfilerNamingItAndTheValidOnes(String given) {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.profilers(List.of(given)));
        assertTrue(e.getMessage().contains("unknown profiler '") && e.getMessage().contains("gc, jfr, async, perfnorm"),
                e.getMessage());
    }

    @Test
    void shouldNameTheBadValueItself() {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.profilers(List.of("jfr,yourkit")));
        assertTrue(e.getMessage().contains("'yourkit'"), e.getMessage());
    }
}
