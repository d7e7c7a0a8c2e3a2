package org.ipclab.lock.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Suite;
import org.ipclab.lock.CaseRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketOfficeTest {
    private static final int MAX_TRIES = 50;

    @Test
    void shouldOversellWithoutALockWithinABoundedNumberOfTries() throws Exception {
        TicketOffice office = new TicketOffice("none", 10, 11);
        int oversold = 0;
        for (int tries = 0; tries < MAX_TRIES && oversold == 0; tries++) {
            oversold = office.sell().oversold();
        }
        assertTrue(oversold > 0, "11 racy buyers never oversold 10 tickets in " + MAX_TRIES + " sales");
    }

    @Test
    void shouldReportZeroOversoldAndTheSellOutTime(@TempDir Path dir) throws Exception {
        CaseResult result = CaseRig.run(new TicketsCase(new TicketsKnobs(Suite.SMOKE, "synchronized")), dir);
        assertEquals("ok", CaseRig.row(result, "oversold").status().toString());
        assertEquals(0L, CaseRig.row(result, "oversold").max());
        assertTrue(CaseRig.row(result, "sell-out").p50() >= 10 * 100_000L, "ten sales, each pausing 100 us, in turn");
    }

    @Test
    void shouldRejectTheAdderWhichCannotReadModifyWrite() {
        assertThrows(IllegalArgumentException.class, () -> new TicketsKnobs(Suite.SMOKE, "adder"));
    }
}
