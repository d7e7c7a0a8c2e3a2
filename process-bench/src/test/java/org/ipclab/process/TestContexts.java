package org.ipclab.process;

import java.nio.file.Path;
import java.util.OptionalDouble;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.Suite;

/** A smoke-suite context over a temporary folder, as the runner would hand one to a case. */
public final class TestContexts {

    private TestContexts() {
    }

    public static CaseContext smoke(BenchCase benchCase, Path dir) {
        return new CaseContext(Suite.SMOKE, benchCase.spec(), dir.resolve("run"), dir.resolve("private"),
                OptionalDouble.empty());
    }
}
