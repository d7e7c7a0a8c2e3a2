package org.ipclab.lock.deadlock;

import java.time.Duration;
import java.util.List;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;

/** The {@code deadlock} case's knobs: one of the {@link #SCENARIOS}, two threads, and the suite's repetitions. */
public record DeadlockKnobs(Suite suite, String scenario) implements CaseKnobs {
    public static final List<String> SCENARIOS = List.of("unordered", "ordered", "trylock");

    public DeadlockKnobs {
        if (!SCENARIOS.contains(scenario)) {
            throw new IllegalArgumentException("unknown scenario '" + scenario + "' (valid: " + String.join(", ", SCENARIOS) + ")");
        }
    }

    @Override
    public String caseName() {
        return "deadlock";
    }

    @Override
    public Params params() {
        return Params.of("scenario", scenario, "threads", 2);
    }

    @Override
    public Duration expected() {
        return Duration.ofMillis(suite.pick(500, 1200, 1000));
    }

    public int repetitions() {
        return suite.pick(3, 5, 10);
    }

    /** Transfers per thread in the ordered and trylock scenarios. */
    public int transfers() {
        return suite.pick(50_000, 200_000, 500_000);
    }
}
