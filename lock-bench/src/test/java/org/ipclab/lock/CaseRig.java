package org.ipclab.lock;

import java.nio.file.Path;
import java.util.OptionalDouble;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.Jmh;
import org.ipclab.core.ResultRow;
import org.ipclab.core.Suite;

/** Runs one case the way the runner does, in temp folders, and finds rows by metric. */
public final class CaseRig {
    private CaseRig() {
    }

    public static CaseResult run(BenchCase bench, Path dir) throws Exception {
        CaseResult result = bench.run(new CaseContext(Suite.SMOKE, bench.spec(), dir.resolve("run"), dir.resolve("private"),
                OptionalDouble.empty()));
        Jmh.fileForkResults(dir.resolve("private"), dir.resolve("run"), bench.spec().module());
        return result;
    }

    public static ResultRow row(CaseResult result, String metric) {
        return result.rows().stream().filter(r -> r.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + " row in " + result.rows()));
    }
}
