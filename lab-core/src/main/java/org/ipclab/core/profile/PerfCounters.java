package org.ipclab.core.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether this machine lets perf count hardware events. In many VMs perf is installed but the
 * hypervisor exposes no PMU: {@code perf stat} then runs and prints {@code <not supported>}, and JMH's
 * perfnorm would report nothing. Asked once with the events perfnorm needs most.
 */
final class PerfCounters {
    private static final String[] PROBE = {"perf", "stat", "-x", ",", "-e", "cycles,instructions", "--", "true"};

    private PerfCounters() {
    }

    /** Why hardware events cannot be counted here, or empty when they can. */
    static Optional<String> refusal() {
        String said;
        try {
            Process perf = new ProcessBuilder(PROBE).redirectErrorStream(true).start();
            perf.getOutputStream().close();
            if (!perf.waitFor(10, TimeUnit.SECONDS)) {
                perf.destroyForcibly();
                return Optional.of("perf stat did not finish within 10 s");
            }
            said = new String(perf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (perf.exitValue() != 0) {
                return Optional.of("perf stat failed: " + said.lines().findFirst().orElse("exit " + perf.exitValue()));
            }
        } catch (IOException e) {
            return Optional.of("perf cannot be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while asking perf");
        }
        return said.contains("<not supported>") || said.contains("<not counted>")
                ? Optional.of("perf stat: " + String.join("; ", said.lines().toList())) : Optional.empty();
    }
}
