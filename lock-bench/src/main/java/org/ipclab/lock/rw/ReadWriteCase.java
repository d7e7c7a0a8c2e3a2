package org.ipclab.lock.rw;

import java.util.List;
import java.util.regex.Pattern;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Jmh;
import org.ipclab.core.ResultRow;
import org.ipclab.core.profile.ProfileTarget;
import org.ipclab.core.schema.Unit;
import org.ipclab.lock.JmhSecondary;
import org.ipclab.lock.LockCase;
import org.openjdk.jmh.results.RunResult;

/**
 * {@code rw}: readers and writers sharing one counter under the strategy ({@code readers=}/{@code writers=}
 * mixes such as all-read 2:0, 9:1, 1:1). Rows: {@code throughput} of the whole group, {@code read} and
 * {@code write} per side (ops/s), and {@code optimistic-retries} per iteration for stamped-optimistic.
 */
public final class ReadWriteCase extends LockCase<ReadWriteKnobs> {
    static final String REGEX = "^" + Pattern.quote(ReadWriteBenchmark.class.getName() + ".rw") + "$";

    public ReadWriteCase(ReadWriteKnobs knobs) {
        super(knobs);
    }

    /** The throughput is measured in JMH forks, so JMH's profilers watch those. */
    @Override
    public ProfileTarget profileTarget() {
        return ProfileTarget.JMH_FORKS;
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        String strategy = knobs.strategy();
        int readers = knobs.readers();
        int writers = knobs.writers();
        CaseResult result = new CaseResult();
        warnIfOversubscribed(result, readers + writers);
        RunResult run = Jmh.run(context, Jmh.options(knobs.jmh(), REGEX).threadGroups(readers, writers)
                .param("strategy", strategy).param("readers", Integer.toString(readers))
                .param("writers", Integer.toString(writers))).iterator().next();
        result.add(ResultRow.throughput(spec(), "throughput", Unit.OPS_PER_S, Jmh.iterationScores(run)));
        if (readers > 0) {
            result.add(ResultRow.throughput(spec(), "read", Unit.OPS_PER_S, JmhSecondary.perIteration(run, "read")));
        }
        if (writers > 0) {
            result.add(ResultRow.throughput(spec(), "write", Unit.OPS_PER_S, JmhSecondary.perIteration(run, "write")));
        }
        if (readers > 0 && strategy.equals("stamped-optimistic")) {
            List<Long> retries = JmhSecondary.perIteration(run, "optimisticRetries").stream().map(Math::round).toList();
            result.add(ResultRow.counted(spec(), "optimistic-retries", retries));
        }
        return result;
    }
}
