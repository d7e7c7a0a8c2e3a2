package org.ipclab.process.jvmstart;

import java.time.Duration;
import org.ipclab.core.CaseKnobs;
import org.ipclab.core.Params;
import org.ipclab.core.Suite;
import org.ipclab.process.Counts;

/** The {@code jvm-start} case's knobs: class-data sharing on or off and the suite's warm-up and measured starts. */
public record JvmStartKnobs(Suite suite, boolean cds) implements CaseKnobs {

    @Override
    public String caseName() {
        return "jvm-start";
    }

    @Override
    public Params params() {
        return Params.of("cds", cds ? "on" : "off");
    }

    public Counts counts() {
        return suite.pick(new Counts(1, 5), new Counts(2, 8), new Counts(3, 30));
    }

    @Override
    public Duration expected() {
        // A child JVM with the lab's flags starts and exits in ~80 ms (CDS) to ~130 ms (no CDS) here.
        return Duration.ofMillis(200 + 150L * counts().total());
    }
}
