package org.ipclab.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipclab.core.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForkOptionChecksTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "x", "", "1.5", "101"})
    void shouldRefuseAForkCountOutOfRangeNamingItAndTheValidOnes(String forks) {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.forks(forks));
        assertTrue(e.getMessage().contains("'" + forks + "'") && e.getMessage().contains("1..100"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "x", "101"})
    void shouldRefuseARedoRoundCountOutOfRangeNamingItAndTheValidOnes(String rounds) {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.redoRounds(rounds));
        assertTrue(e.getMessage().contains("--redo-disturbed '" + rounds + "'") && e.getMessage().contains("1..100"),
                e.getMessage());
        assertEquals(2, RunOptionChecks.redoRounds("2"));
    }

    @Test
    void shouldAcceptAForkCountAndAnyWholeSeed() {
        assertEquals(3, RunOptionChecks.forks("3"));
        assertEquals(-42L, RunOptionChecks.seed("-42"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "", "1e3", "0x10"})
    void shouldRefuseASeedThatIsNoWholeNumber(String seed) {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.seed(seed));
        assertTrue(e.getMessage().contains("'" + seed + "'") && e.getMessage().contains("64-bit integer"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"numa", "same,,cross", "SAME", "same,same"})
    void shouldRefuseAnUnknownPlacementNamingTheValidOnes(String placement) {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.placements(placement, 2, false));
        assertTrue(e.getMessage().contains("valid: os, same, cross"), e.getMessage());
    }

    @Test
    void shouldRefuseAPlacementThatNeedsMoreCpusThanTheMachineHas() {
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.placements("cross", 1, false));
        assertTrue(e.getMessage().contains("cross needs 2 CPUs") && e.getMessage().contains("has 1"), e.getMessage());
    }

    @Test
    void shouldRefuseAPinningPlacementTogetherWithPin() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is not installed");
        BadInputException e = assertThrows(BadInputException.class, () -> RunOptionChecks.placements("same", 2, true));
        assertTrue(e.getMessage().contains("drop --pin"), e.getMessage());
        assertEquals(List.of(Placement.OS), RunOptionChecks.placements("os", 2, true));
    }

    @Test
    void shouldKeepTheOrderOfAPlacementList() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is not installed");
        assertEquals(List.of(Placement.CROSS, Placement.SAME), RunOptionChecks.placements("cross,same", 2, false));
    }
}
