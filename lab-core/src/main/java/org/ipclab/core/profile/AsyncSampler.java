package org.ipclab.core.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ipclab.core.CaseContext;
import org.openjdk.jmh.profile.AsyncProfiler;

/**
 * async-profiler in this JVM, through the one native binding JMH's profiler also uses (so a JMH case
 * and a case JVM load the library the same way). CPU sampling wants perf events; where the kernel or
 * the hypervisor refuses them (perf_event_paranoid, no PMU in a VM) it falls back to {@code itimer}.
 */
final class AsyncSampler {
    /** Sampling events to try, best first. */
    private static final List<String> EVENTS = List.of("cpu", "itimer");

    /** A loaded library and the first event that started here. */
    record Usable(Path library, String event, String detail) {
    }

    private final AsyncProfiler.JavaApi api;
    private final Usable usable;

    private AsyncSampler(AsyncProfiler.JavaApi api, Usable usable) {
        this.api = api;
        this.usable = usable;
    }

    /**
     * Extracts and loads the library and finds an event that samples; when none can, files the case's
     * async outcome as skipped with the library's own words and returns empty.
     */
    static Optional<Usable> probe(CaseContext context) throws IOException {
        Optional<Path> library = AsyncLibrary.locate(context.privateDir());
        if (library.isEmpty()) {
            context.profiled(ProfileOutcome.skipped(Profiler.ASYNC, "no-library", AsyncLibrary.missing()));
            return Optional.empty();
        }
        AsyncProfiler.JavaApi api;
        try {
            api = AsyncProfiler.JavaApi.getInstance(library.get().toString());
        } catch (UnsatisfiedLinkError e) {
            context.profiled(ProfileOutcome.skipped(Profiler.ASYNC, "no-library", "loading " + library.get()
                    + " failed: " + e.getMessage()));
            return Optional.empty();
        }
        StringBuilder refused = new StringBuilder();
        for (String event : EVENTS) {
            try {
                api.execute("start,event=" + event);
                api.execute("stop");
                String detail = "event=" + event + (refused.length() == 0 ? "" : " (" + refused + ")");
                return Optional.of(new Usable(library.get(), event, detail));
            } catch (IOException | RuntimeException e) {
                refused.append(refused.length() == 0 ? "" : "; ").append(event).append(" refused: ").append(e.getMessage());
            }
        }
        context.profiled(ProfileOutcome.skipped(Profiler.ASYNC, "no-sampling", refused.toString()));
        return Optional.empty();
    }

    /** Starts sampling this JVM (the case's rig), or files why it cannot and returns empty. */
    static Optional<AsyncSampler> start(CaseContext context) throws IOException {
        Optional<Usable> usable = probe(context);
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        AsyncProfiler.JavaApi api = AsyncProfiler.JavaApi.getInstance(usable.get().library().toString());
        api.execute("start,event=" + usable.get().event());
        return Optional.of(new AsyncSampler(api, usable.get()));
    }

    /** Stops sampling and writes the flame graph (HTML) to {@code file} in the run folder. */
    ProfileOutcome stop(Path runDir, String file) {
        Path target = runDir.resolve(file);
        try {
            api.execute("stop");
            Files.createDirectories(target.getParent());
            api.execute("flamegraph,file=" + target);
        } catch (IOException | RuntimeException e) {
            return ProfileOutcome.skipped(Profiler.ASYNC, "not-written", "writing the flame graph failed: " + e.getMessage());
        }
        return ProfileOutcome.ok(Profiler.ASYNC, List.of(file)).detail(usable.detail());
    }
}
