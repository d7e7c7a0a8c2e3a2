package org.ipclab.core.run;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.Placement;

/**
 * One case under one placement: what the run measures in several forks. When the run asks for several
 * placements, a placeable case's rows carry {@code placement=<p>} in their params, so a pipe on one CPU
 * and on two are two labelled rows rather than one noisy one. With one placement the rows keep their
 * params (the forks record the placement), so a run pinned one way compares with a run pinned another.
 */
record CaseJob(BenchCase benchCase, Placement placement, boolean labelled) {

    /** Every selected case once per placement it can take (the others once, left to the OS). */
    static List<CaseJob> expand(List<BenchCase> cases, List<Placement> placements) {
        boolean label = placements.size() > 1;
        List<CaseJob> jobs = new ArrayList<>();
        for (BenchCase c : cases) {
            if (c.placeable()) {
                placements.forEach(p -> jobs.add(new CaseJob(c, p, label)));
            } else {
                jobs.add(new CaseJob(c, Placement.OS, false));
            }
        }
        return jobs;
    }

    /** The case's spec as its rows and files name it: with the placement when labelled. */
    CaseSpec spec() {
        CaseSpec spec = benchCase.spec();
        return labelled ? new CaseSpec(spec.module(), spec.name(), spec.params().with("placement", placement.label())) : spec;
    }

    Params params() {
        return spec().params();
    }

    String id() {
        return spec().id();
    }
}
