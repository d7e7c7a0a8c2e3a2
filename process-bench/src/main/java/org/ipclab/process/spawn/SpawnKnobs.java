package org.ipclab.process.spawn;

import java.time.Duration;
import java.util.Locale;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.process.Counts;

/** The {@code spawn} case's knobs: the API, the launch mechanism and the suite's warm-up and measured spawns. */
public record SpawnKnobs(Suite suite, SpawnApi api, Mechanism mechanism) implements CaseKnobs {

    @Override
    public String caseName() {
        return "spawn";
    }

    @Override
    public Params params() {
        return Params.of("api", api.param(), "mechanism", mechanism.param());
    }

    /** The knobs a child JVM was given as one argument ({@link #encode()}). */
    public static SpawnKnobs decode(String argument) {
        Encoded encoded = Encoded.of(argument);
        String mechanism = encoded.params().get("mechanism");
        return new SpawnKnobs(encoded.suite(), SpawnApi.parse(encoded.params().get("api")),
                Mechanism.valueOf(mechanism.toUpperCase(Locale.ROOT)));
    }

    public Counts counts() {
        return suite.pick(new Counts(20, 150), new Counts(50, 200), new Counts(100, 1000));
    }

    @Override
    public Duration expected() {
        // One child JVM (~0.3 s) plus about 2 ms per spawn (a full run's forks: 2.5 s, fork the slowest).
        return Duration.ofMillis(300 + 2L * counts().total());
    }
}
