package org.ipclab.lock.tickets;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.ipclab.lock.ThreadGang;
import org.ipclab.lock.strategy.CounterStrategy;
import org.ipclab.lock.strategy.Strategies;

/**
 * The ticket office: a fixed stock and more buyers than tickets. Each buyer reads how many were sold,
 * pauses (the check-then-act window), and writes one more back when some were left; the strategy
 * guards that read-pause-write. Buyers keep their own receipts, so overselling can't hide.
 */
public final class TicketOffice {
    private static final long PAUSE_NS = 100_000;
    private static final Duration BOUND = Duration.ofSeconds(30);

    /** One sale: tickets handed out beyond the stock, and how long until every buyer was served. */
    public record Sale(int oversold, long sellOutNs) {
    }

    private final String strategy;
    private final int tickets;
    private final int buyers;

    public TicketOffice(String strategy, int tickets, int buyers) {
        this.strategy = strategy;
        this.tickets = tickets;
        this.buyers = buyers;
    }

    public Sale sell() throws Exception {
        CounterStrategy sold = Strategies.create(strategy);
        AtomicInteger receipts = new AtomicInteger();
        long elapsed = ThreadGang.run("buyer-" + strategy, buyers, BOUND, i -> {
            long before = sold.update(count -> {
                if (count >= tickets) {
                    return count;
                }
                LockSupport.parkNanos(PAUSE_NS);
                return count + 1;
            });
            if (before < tickets) {
                receipts.incrementAndGet();
            }
        });
        return new Sale(Math.max(0, receipts.get() - tickets), elapsed);
    }
}
