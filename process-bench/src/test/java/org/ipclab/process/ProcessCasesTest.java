package org.ipclab.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;
import org.junit.jupiter.api.Test;

class ProcessCasesTest {

    @Test
    void shouldRunACaseForEveryRungOfTheLadderInEverySuite() {
        for (Suite suite : Suite.values()) {
            List<ResultRow> caseRows = new ProcessCases().cases(suite).stream()
                    .map(c -> ResultRow.skipped(c.spec(), "any", "planned")).toList();
            for (CreationRung rung : CreationRung.values()) {
                assertTrue(caseRows.stream().anyMatch(rung::isCaseOf), rung.title() + " missing from " + suite.label());
            }
        }
    }
}
