package org.ipclab.lock;

import java.util.List;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.KnobsCase;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;

/** A case of the lock module: made from its knobs, with the rows its cases share. */
public abstract class LockCase<K extends CaseKnobs> extends KnobsCase<K> {

    protected LockCase(K knobs) {
        super(LockCases.MODULE, knobs);
    }

    /** Records the oversubscription warning when {@code threads} outnumber the CPUs. */
    protected static void warnIfOversubscribed(CaseResult result, int threads) {
        int cpus = Runtime.getRuntime().availableProcessors();
        if (threads > cpus) {
            result.warn(threads + " threads on " + cpus + " CPUs: oversubscribed, the scheduler is in the numbers");
        }
    }

    /** A dimensionless mean over repetitions (unit {@code ratio}); the repetitions are kept as samples. */
    protected final ResultRow ratio(String metric, List<Double> values) {
        CaseSpec spec = spec();
        return new ResultRow(spec.module(), spec.name(), spec.params(), metric, Unit.RATIO, values.size(),
                mean(values), null, null, null, null, null, null, RowStatus.OK, values);
    }

    protected static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
