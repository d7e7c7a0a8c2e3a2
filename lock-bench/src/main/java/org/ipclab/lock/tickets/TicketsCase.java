package org.ipclab.lock.tickets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.LatencyRecorder;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.lock.LockCase;
import org.ipclab.lock.strategy.Strategies;

/**
 * {@code tickets}: 10 tickets, 11 buyers, repeated. Metrics {@code oversold} (must be zero for every
 * strategy but {@code none}) and {@code sell-out}, the time until every buyer was served.
 */
public final class TicketsCase extends LockCase<TicketsKnobs> {

    public TicketsCase(TicketsKnobs knobs) {
        super(knobs);
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        String strategy = knobs.strategy();
        int runs = knobs.runs();
        TicketOffice office = new TicketOffice(strategy, TicketsKnobs.TICKETS, TicketsKnobs.BUYERS);
        LatencyRecorder sellOut = new LatencyRecorder();
        office.sell(); // warm-up: class loading and the first thread starts stay out of the numbers
        sellOut.reset();
        List<Long> oversold = new ArrayList<>();
        Map<Integer, Integer> outcomes = new TreeMap<>();
        for (int r = 0; r < runs; r++) {
            TicketOffice.Sale sale = office.sell();
            oversold.add((long) sale.oversold());
            sellOut.record(sale.sellOutNs());
            outcomes.merge(sale.oversold(), 1, Integer::sum);
        }
        CaseResult result = new CaseResult();
        result.fact("oversoldOutcomes", outcomes);
        boolean racy = Strategies.NONE.equals(strategy);
        boolean any = oversold.stream().anyMatch(o -> o > 0);
        ResultRow row = ResultRow.counted(spec(), "oversold", oversold);
        if (any && racy) {
            result.warn("none (no lock, the racy baseline) oversold as expected: oversold->runs " + outcomes);
        } else if (any) {
            result.warn(strategy + " OVERSOLD tickets: oversold->runs " + outcomes);
            row = row.withStatus(RowStatus.failed("oversold"));
        }
        result.add(row);
        result.add(context.latency("sell-out", sellOut));
        return result;
    }
}
