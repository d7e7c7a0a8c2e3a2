package org.ipclab.core.profile;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.ipclab.core.CaseContext;

/**
 * The profilers of one case JVM from its start to its report. Where the case measures in this JVM, the
 * recording and GC log its flags started are closed here and async-profiler samples it; where JMH forks
 * measure, {@link JmhProfiling} files their outcomes into the same context. A profiler that cannot run
 * is filed as skipped: it never fails the case.
 */
public final class CaseProfiling {
    private final CaseContext context;
    private final ProfileTarget target;
    private final Optional<AsyncSampler> sampler;

    private CaseProfiling(CaseContext context, ProfileTarget target, Optional<AsyncSampler> sampler) {
        this.context = context;
        this.target = target;
        this.sampler = sampler;
    }

    public static CaseProfiling start(CaseContext context, ProfileTarget target) {
        Optional<AsyncSampler> sampler = Optional.empty();
        if (target == ProfileTarget.CASE_JVM && context.profilers().contains(Profiler.ASYNC)) {
            try {
                sampler = AsyncSampler.start(context);
            } catch (IOException | RuntimeException e) {
                context.profiled(ProfileOutcome.skipped(Profiler.ASYNC, "no-sampling", String.valueOf(e.getMessage())));
            }
        }
        return new CaseProfiling(context, target, sampler);
    }

    /** Closes this JVM's own profiles; returns every outcome of the fork. */
    public List<ProfileOutcome> finish() {
        if (target != ProfileTarget.CASE_JVM) {
            return context.profiles();
        }
        String id = context.fileId();
        int fork = context.fork();
        for (Profiler profiler : Profiler.values()) {
            if (!context.profilers().contains(profiler)) {
                continue;
            }
            switch (profiler) {
                case JFR -> context.profiled(JfrRecording.stop(context.runDir(), ProfileFiles.jfr(id, fork)));
                case GC -> context.profiled(GcLog.collect(context.runDir(), ProfileFiles.gcLog(id, fork)));
                case ASYNC -> sampler.ifPresent(s -> context.profiled(s.stop(context.runDir(), ProfileFiles.flameGraph(id, fork))));
                case PERFNORM -> context.profiled(ProfileOutcome.skipped(profiler, "jmh-only",
                        "perfnorm counts per JMH operation; this case measures outside JMH"));
                default -> throw new IllegalStateException("unhandled profiler " + profiler);
            }
        }
        return context.profiles();
    }
}
