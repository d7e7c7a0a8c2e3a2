package org.ipclab.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipclab.core.profile.ProfileOutcome;
import org.ipclab.core.profile.ProfileTarget;
import org.ipclab.core.profile.Profiler;
import org.ipclab.core.schema.RowStatus;

/** Makes a fork's profiles account for every profiler the run asked for, also when the fork died before reporting. */
final class ForkProfiles {
    private ForkProfiles() {
    }

    /** The fork's profiles, plus a skipped one for each profiler asked for that did not report. */
    static List<ProfileOutcome> completed(List<ProfileOutcome> reported, RowStatus forkStatus, Set<Profiler> asked,
                                          ProfileTarget target) {
        if (target == ProfileTarget.NONE) {
            return reported;
        }
        List<ProfileOutcome> all = new ArrayList<>(reported);
        for (Profiler profiler : asked) {
            if (all.stream().noneMatch(p -> profiler.label().equals(p.profiler))) {
                all.add(ProfileOutcome.skipped(profiler, "no-result",
                        "the fork ended without reporting its profiles (" + forkStatus + ")"));
            }
        }
        return all;
    }
}
