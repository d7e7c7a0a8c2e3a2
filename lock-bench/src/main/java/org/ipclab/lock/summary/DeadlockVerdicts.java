package org.ipclab.lock.summary;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.ipclab.core.ResultRow;
import org.ipclab.core.run.Format;
import org.ipclab.lock.deadlock.DeadlockKnobs;

/**
 * The deadlock scenarios' outcome in words: the unordered one deadlocks on purpose, so the question
 * is whether it was detected, how fast, and recovered; the ordered and trylock ones must simply finish
 * with the balances intact.
 */
public final class DeadlockVerdicts {
    private DeadlockVerdicts() {
    }

    public static void print(List<ResultRow> rows, PrintStream out) {
        List<ResultRow> deadlock = rows.stream().filter(r -> r.caseName().equals("deadlock")).toList();
        if (deadlock.isEmpty()) {
            return;
        }
        out.println();
        out.println("lock: deadlock");
        for (String scenario : DeadlockKnobs.SCENARIOS) {
            List<ResultRow> scenarioRows = deadlock.stream()
                    .filter(r -> r.params().get("scenario").equals(scenario)).toList();
            if (!scenarioRows.isEmpty()) {
                String verdict = scenario.equals("unordered") ? unordered(scenarioRows) : finished(scenario, scenarioRows);
                out.println("  " + verdict);
            }
        }
    }

    private static String unordered(List<ResultRow> rows) {
        String what = "unordered (two threads take two locks in opposite order): ";
        Optional<ResultRow> detect = metric(rows, "detect").filter(r -> r.p50() != null);
        if (detect.isEmpty()) {
            return what + problem(rows);
        }
        ResultRow row = detect.get();
        String detected = "deadlocked, detected in " + Format.nanos(row.p50()) + " (median; worst "
                + Format.nanos(row.max()) + ") in all " + row.count() + " runs";
        return what + detected + (row.ok() ? ", and recovered every time" : ", but NOT recovered (" + row.status() + ")");
    }

    private static String finished(String scenario, List<ResultRow> rows) {
        String what = scenario.equals("ordered") ? "ordered (one global lock order): "
                : "trylock (tryLock with a timeout, random backoff): ";
        Optional<ResultRow> rate = metric(rows, "throughput").filter(ResultRow::ok);
        if (rate.isEmpty() || !rows.stream().allMatch(ResultRow::ok)) {
            return what + problem(rows);
        }
        String retries = metric(rows, "retries").map(r -> " with " + Figures.mean(r.mean()) + " retries per run (worst "
                + Figures.count(r.max()) + ")").orElse("");
        return what + "finished all " + rate.get().count() + " runs" + retries + ", no deadlock, balances intact;"
                + " transfers at " + Format.rate(rate.get().throughput(), "ops/s");
    }

    private static Optional<ResultRow> metric(List<ResultRow> rows, String metric) {
        return rows.stream().filter(r -> r.metric().equals(metric)).findFirst();
    }

    /** The first status that is not ok, failures in capitals: {@code FAILED: not-detected}. */
    private static String problem(List<ResultRow> rows) {
        return ResultRow.firstProblem(rows).map(s -> s.failed() ? "FAILED: " + s.reason() : s.toString()).orElse("no rows");
    }
}
