package org.ipclab.core.run;

import java.util.Set;
import org.ipclab.core.profile.ProfileOutcome;
import org.ipclab.core.profile.ProfileTarget;
import org.ipclab.core.profile.Profiler;
import org.ipclab.core.schema.RunRecord.ForkEntry;

/** Makes a fork's profiles account for every profiler the run asked for, also when the fork died before reporting. */
final class ForkProfiles {
    private ForkProfiles() {
    }

    static void completeFor(ForkEntry entry, Set<Profiler> asked, ProfileTarget target) {
        if (target == ProfileTarget.NONE) {
            return;
        }
        for (Profiler profiler : asked) {
            if (entry.profiles.stream().noneMatch(p -> profiler.label().equals(p.profiler))) {
                entry.profiles.add(ProfileOutcome.skipped(profiler, "no-result",
                        "the fork ended without reporting its profiles (" + entry.status + ")"));
            }
        }
    }
}
