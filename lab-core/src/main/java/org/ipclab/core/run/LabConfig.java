package org.ipclab.core.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.ipclab.core.Suite;

/**
 * The run's whole configuration in one object, validated before anything is written and printed at
 * the start of the run (and stored in run.json).
 *
 * @param java     the launcher that runs the case JVMs
 * @param pinCpus  a taskset CPU list for the case JVMs and their peers, or null for no pinning
 * @param home     the lab's checkout, for the git commit
 */
public record LabConfig(Suite suite, Pattern cases, Path out, Path java, String pinCpus, Path home,
                        String commandLine) {

    /** How much longer than its expected time a case may take before it is killed. */
    public static final int TIMEOUT_FACTOR = 4;
    public static final int TIMEOUT_MARGIN_SECONDS = 60;

    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("suite", suite.label());
        map.put("cases", cases.pattern());
        map.put("out", out.toString());
        map.put("java", java.toString());
        map.put("pin", pinCpus);
        map.put("caseTimeout", TIMEOUT_FACTOR + " x expected + " + TIMEOUT_MARGIN_SECONDS + " s");
        return map;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("configuration:\n");
        describe().forEach((k, v) -> text.append(String.format("  %-12s %s%n", k, v == null ? "-" : v)));
        return text.toString();
    }
}
