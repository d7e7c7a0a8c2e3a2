package org.ipclab.lock;

import java.time.Duration;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.ipclab.lock.strategy.Strategies;

/** A case of the lock module: the spec it is known by, its time budget, and the rows its cases share. */
public abstract class LockCase implements BenchCase {
    private final CaseSpec spec;
    private final Duration expected;

    protected LockCase(String name, Params params, Duration expected) {
        this.spec = new CaseSpec("lock", name, params);
        this.expected = expected;
    }

    /** {@code strategy=} (in-process) and {@code threads=}, checked: a bad value names the valid ones. */
    protected static Params strategyAndThreads(String strategy, int threads) {
        Params params = Params.of("strategy", strategy, "threads", threads);
        LockParams.threads(params);
        Strategies.create(strategy);
        return params;
    }

    @Override
    public final CaseSpec spec() {
        return spec;
    }

    @Override
    public final Duration expected() {
        return expected;
    }

    /** Records the oversubscription warning when {@code threads} outnumber the CPUs. */
    protected static void warnIfOversubscribed(CaseResult result, int threads) {
        String warning = LockParams.oversubscribed(threads);
        if (warning != null) {
            result.warn(warning);
        }
    }

    /** A dimensionless mean over repetitions (unit {@code ratio}); the repetitions are kept as samples. */
    protected final ResultRow ratio(String metric, List<Double> values) {
        return new ResultRow(spec.module(), spec.name(), spec.params(), metric, Unit.RATIO, values.size(),
                mean(values), null, null, null, null, null, null, RowStatus.OK, values);
    }

    protected static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
