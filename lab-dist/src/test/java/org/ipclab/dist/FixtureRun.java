package org.ipclab.dist;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ipclab.core.PrivateDir;

/** One small real run (calibration and one lock case in two forks, with .hlog files), made once and shared by the tests that read results. */
final class FixtureRun {
    private static Path dir;

    private FixtureRun() {
    }

    static synchronized Path dir() throws Exception {
        if (dir == null) {
            Path work = Files.createTempDirectory("ipclab-it-fixture");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> PrivateDir.deleteTree(work)));
            Lab.Outcome outcome = Lab.run(work, 180, "run", "smoke", "--cases", "lock/tickets", "--forks", "2",
                    "--out", work.resolve("results").toString());
            if (outcome.exit() != 0) {
                throw new AssertionError("the fixture run failed:\n" + outcome.out() + outcome.err());
            }
            dir = Lab.onlyRunFolder(work.resolve("results"));
        }
        return dir;
    }
}
