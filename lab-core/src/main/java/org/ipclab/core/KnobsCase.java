package org.ipclab.core;

import java.time.Duration;

/** A case made from its family's {@link CaseKnobs}, which give it its spec and expected time. */
public abstract class KnobsCase<K extends CaseKnobs> implements BenchCase {
    protected final K knobs;
    private final CaseSpec spec;

    protected KnobsCase(String module, K knobs) {
        this.knobs = knobs;
        this.spec = knobs.spec(module);
    }

    @Override
    public final CaseSpec spec() {
        return spec;
    }

    @Override
    public Duration expected() {
        return knobs.expected();
    }
}
