package org.ipclab.core.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ipclab.core.CaseContext;
import org.ipclab.core.JvmFlags;
import org.openjdk.jmh.profile.AsyncProfiler;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.JavaFlightRecorderProfiler;
import org.openjdk.jmh.profile.LinuxPerfNormProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;

/**
 * JMH's own profilers for a case that measures in JMH forks: {@code gc} (its secondary results land in
 * the module's JMH JSON), {@code jfr} and {@code async} (their files, written in a scratch folder, are
 * moved to the run folder under the lab's names), {@code perfnorm} where perf events work. A profiler
 * that cannot run here is not attached, and its outcome says why: the benchmark still runs.
 */
public final class JmhProfiling {
    private final CaseContext context;
    private final Path scratch;
    private final List<Profiler> attached = new ArrayList<>();
    private String asyncDetail;

    private JmhProfiling(CaseContext context, Path scratch) {
        this.context = context;
        this.scratch = scratch;
    }

    /** Adds the run's profilers that can work here to the options; files the others as skipped. */
    public static JmhProfiling attach(ChainedOptionsBuilder options, CaseContext context) throws IOException {
        JmhProfiling profiling = new JmhProfiling(context, context.privateDir().resolve("jmh-profiles"));
        for (Profiler profiler : Profiler.values()) {
            if (context.profilers().contains(profiler)) {
                profiling.attach(profiler, options);
            }
        }
        return profiling;
    }

    private void attach(Profiler profiler, ChainedOptionsBuilder options) throws IOException {
        switch (profiler) {
            case GC -> options.addProfiler(GCProfiler.class);
            case JFR -> {
                Path jcmd = Path.of(JvmFlags.currentJava()).resolveSibling("jcmd");
                if (!Files.isExecutable(jcmd)) {
                    // JMH's JFR profiler starts and stops the recording with jcmd, which a bare JRE lacks.
                    context.profiled(ProfileOutcome.skipped(profiler, "no-jcmd", "JMH's jfr profiler needs " + jcmd));
                    return;
                }
                options.addProfiler(JavaFlightRecorderProfiler.class, "dir=" + Files.createDirectories(scratch)
                        + ";configName=profile");
                // Prepend: the lab's own flags are the options' jvmArgs, which a second call would replace.
                options.jvmArgsPrepend(ProfileFlags.repository(scratch));
            }
            case ASYNC -> {
                Optional<AsyncSampler.Usable> usable = AsyncSampler.probe(context);
                if (usable.isEmpty()) {
                    return; // the probe filed why
                }
                asyncDetail = usable.get().detail();
                String init = "libPath=" + usable.get().library() + ";event=" + usable.get().event()
                        + ";output=flamegraph;direction=forward;dir=" + Files.createDirectories(scratch);
                try {
                    new AsyncProfiler(init); // loads and asks the library: what JMH would do before any fork
                } catch (ProfilerException e) {
                    context.profiled(ProfileOutcome.skipped(profiler, "no-library", e.getMessage()));
                    return;
                }
                options.addProfiler(AsyncProfiler.class, init);
            }
            case PERFNORM -> {
                try {
                    new LinuxPerfNormProfiler(""); // JMH's own check: perf installed and allowed
                } catch (ProfilerException e) {
                    context.profiled(ProfileOutcome.skipped(profiler, "no-perf-events", "JMH's perfnorm: "
                            + firstLine(e.getMessage())));
                    return;
                }
                Optional<String> refused = PerfCounters.refusal(); // allowed, yet a VM may count nothing
                if (refused.isPresent()) {
                    context.profiled(ProfileOutcome.skipped(profiler, "no-perf-events", refused.get()));
                    return;
                }
                options.addProfiler(LinuxPerfNormProfiler.class);
            }
            default -> throw new IllegalStateException("no JMH profiler for " + profiler);
        }
        attached.add(profiler);
    }

    /** Files each attached profiler's outcome; {@code jmhFile} is the run folder's JMH JSON the results went to. */
    public void collect(Collection<RunResult> results, String jmhFile) throws IOException {
        for (Profiler profiler : attached) {
            context.profiled(switch (profiler) {
                case GC -> gcFigures(ProfileOutcome.ok(profiler, List.of(jmhFile)), results);
                case JFR -> moved(profiler, ".jfr", ProfileFiles.jfr(context.fileId(), context.fork()));
                case ASYNC -> moved(profiler, "-forward.html", ProfileFiles.flameGraph(context.fileId(), context.fork()))
                        .detail(asyncDetail);
                case PERFNORM -> ProfileOutcome.ok(profiler, List.of(jmhFile))
                        .detail("per-operation counters are JMH secondary results in " + jmhFile);
                default -> throw new IllegalStateException("no JMH profiler for " + profiler);
            });
        }
    }

    /** JMH's gc.* secondary results (allocation rate, per-op allocation, collections and their time). */
    private static ProfileOutcome gcFigures(ProfileOutcome outcome, Collection<RunResult> results) {
        for (RunResult result : results) {
            for (Map.Entry<String, Result> e : result.getSecondaryResults().entrySet()) {
                if (e.getKey().startsWith("gc.")) {
                    Map<String, Object> figure = new LinkedHashMap<>();
                    figure.put("score", e.getValue().getScore());
                    figure.put("unit", e.getValue().getScoreUnit());
                    outcome.figure(e.getKey(), figure);
                }
            }
        }
        return outcome;
    }

    /** Moves the one file JMH's profiler wrote whose name ends so to the lab's name for it. */
    private ProfileOutcome moved(Profiler profiler, String suffix, String target) throws IOException {
        List<Path> found;
        try (Stream<Path> files = Files.exists(scratch) ? Files.walk(scratch) : Stream.empty()) {
            found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
        if (found.isEmpty()) {
            return ProfileOutcome.skipped(profiler, "not-written", "JMH's " + profiler.label() + " profiler wrote no *"
                    + suffix + " file (see the fork's log)");
        }
        Path to = context.runDir().resolve(target);
        Files.createDirectories(to.getParent());
        Files.move(found.get(0), to, StandardCopyOption.REPLACE_EXISTING);
        return ProfileOutcome.ok(profiler, List.of(target));
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
