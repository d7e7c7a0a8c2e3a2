package org.ipclab.lock.tickets;

import java.time.Duration;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.lock.strategy.Strategies;

/** The {@code tickets} case's knobs: a strategy with a read-modify-write, 10 tickets, 11 buyers, the suite's runs. */
public record TicketsKnobs(Suite suite, String strategy) implements CaseKnobs {
    static final int TICKETS = 10;
    static final int BUYERS = 11;

    public TicketsKnobs {
        Strategies.known(strategy);
        if (!Strategies.readModifyWriteNames().contains(strategy)) {
            throw new IllegalArgumentException("strategy=" + strategy + " can't guard a read-pause-write (valid: "
                    + String.join(", ", Strategies.readModifyWriteNames()) + ")");
        }
    }

    @Override
    public String caseName() {
        return "tickets";
    }

    @Override
    public Params params() {
        return Params.of("strategy", strategy, "tickets", TICKETS, "buyers", BUYERS);
    }

    @Override
    public Duration expected() {
        return Duration.ofMillis(suite.pick(500, 800, 800));
    }

    /** Sales timed, after one warm-up sale. */
    public int runs() {
        return suite.pick(20, 30, 100);
    }
}
