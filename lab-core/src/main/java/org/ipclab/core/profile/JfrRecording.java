package org.ipclab.core.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;

/**
 * The case JVM's own Flight Recorder recording, started by {@code -XX:StartFlightRecording} (see
 * {@link ProfileFlags}) and stopped here before the case reports: stopping writes the file, so the
 * runner finds it whole, and the JVM's exit has nothing left to dump.
 */
final class JfrRecording {
    private JfrRecording() {
    }

    static ProfileOutcome stop(Path runDir, String file) {
        Optional<Recording> recording = FlightRecorder.isAvailable()
                ? FlightRecorder.getFlightRecorder().getRecordings().stream()
                        .filter(r -> ProfileFlags.RECORDING_NAME.equals(r.getName())).findFirst()
                : Optional.empty();
        if (recording.isEmpty()) {
            return ProfileOutcome.skipped(Profiler.JFR, "no-recording",
                    "this JVM runs no recording named " + ProfileFlags.RECORDING_NAME + " (Flight Recorder unavailable?)");
        }
        try (Recording r = recording.get()) {
            r.stop();
        } catch (IllegalStateException e) {
            return ProfileOutcome.skipped(Profiler.JFR, "not-written", "stopping the recording failed: " + e.getMessage());
        }
        Path written = runDir.resolve(file);
        try {
            if (Files.size(written) > 0) {
                return ProfileOutcome.ok(Profiler.JFR, List.of(file));
            }
        } catch (IOException e) {
            // reported below
        }
        return ProfileOutcome.skipped(Profiler.JFR, "not-written", "the recording left no data in " + file);
    }
}
