package org.ipclab.core.profile;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case JVM's GC log (written by the {@code -Xlog} flag of {@link ProfileFlags}) and its collectors'
 * counts and times so far, which say at a glance whether a collection fell inside the measurement.
 */
final class GcLog {
    private GcLog() {
    }

    static ProfileOutcome collect(Path runDir, String file) {
        ProfileOutcome outcome = Files.isRegularFile(runDir.resolve(file))
                ? ProfileOutcome.ok(Profiler.GC, List.of(file))
                : ProfileOutcome.ok(Profiler.GC, List.of()).detail("the JVM wrote no GC log to " + file);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("count", gc.getCollectionCount());
            figures.put("timeMs", gc.getCollectionTime());
            outcome.figure(gc.getName(), figures);
        }
        return outcome;
    }
}
