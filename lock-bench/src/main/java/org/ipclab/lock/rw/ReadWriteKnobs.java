package org.ipclab.lock.rw;

import java.time.Duration;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Jmh;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.lock.strategy.Strategies;

/** The {@code rw} case's knobs: an in-process strategy and a mix of 0+ readers and 0+ writers, 1+ in all. */
public record ReadWriteKnobs(Suite suite, String strategy, int readers, int writers) implements CaseKnobs {

    public ReadWriteKnobs {
        Strategies.known(strategy);
        if (CaseKnobs.atLeast("readers", readers, 0) + CaseKnobs.atLeast("writers", writers, 0) < 1) {
            throw new IllegalArgumentException("readers=0 and writers=0: no thread to run (valid: 1 or more in total)");
        }
    }

    @Override
    public String caseName() {
        return "rw";
    }

    @Override
    public Params params() {
        return Params.of("strategy", strategy, "readers", readers, "writers", writers);
    }

    @Override
    public Duration expected() {
        return jmh().forkTime().plusMillis(500);
    }

    /** Brief, as the counter's: the module runs many JMH cases. */
    public Jmh.Budget jmh() {
        return Jmh.Budget.brief(suite);
    }
}
