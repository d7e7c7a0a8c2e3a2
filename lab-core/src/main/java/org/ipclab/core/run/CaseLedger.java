package org.ipclab.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipclab.core.HdrFiles;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord.CaseEntry;
import org.ipclab.core.schema.RunRecord.ForkEntry;
import org.ipclab.core.schema.Unit;

/**
 * Files each finished fork under its case in run.json: the case's entry appears with its first fork and
 * its rows are merged again over all forks after every one, so an interrupted run is still whole.
 */
final class CaseLedger {
    private final Path runDir;
    private final Map<String, CaseEntry> byId = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    /** @param jobs the catalogue order, which run.json and summary.csv keep whatever order the forks ran in */
    CaseLedger(Path runDir, List<CaseJob> jobs) {
        this.runDir = runDir;
        for (int i = 0; i < jobs.size(); i++) {
            order.put(jobs.get(i).id(), i);
        }
    }

    /** Adds the fork to its case and returns the case's entry as it now stands. */
    CaseEntry add(CaseJob job, ForkEntry fork) throws IOException {
        CaseEntry before = byId.get(job.id());
        List<ForkEntry> forks = new ArrayList<>(before == null ? List.of() : before.forks());
        forks.add(fork);
        List<ResultRow> rows = ForkMerge.rows(job.spec(), forks, runDir);
        Set<String> warnings = new LinkedHashSet<>(before == null ? List.of() : before.warnings());
        warnings.addAll(fork.warnings());
        Map<String, Object> facts = before == null ? Map.of() : before.facts();
        if (fork.status().ok() || facts.isEmpty()) {
            facts = fork.facts();
        }
        Set<String> files = new LinkedHashSet<>(before == null ? List.of() : before.files());
        files.addAll(fork.files());
        rows.stream().filter(r -> r.unit() == Unit.NS).map(r -> HdrFiles.distributionName(job.id(), r.metric()))
                .filter(name -> runDir.resolve(name).toFile().isFile()).forEach(files::add);
        CaseEntry entry = new CaseEntry(job.id(), job.spec().module(), job.spec().name(), job.params(),
                ResultRow.firstProblem(rows).orElse(RowStatus.OK), (before == null ? 0 : before.seconds()) + fork.seconds(),
                rows, new ArrayList<>(warnings), facts, new ArrayList<>(files), "logs/" + job.id() + ".fork-1.log", forks);
        byId.put(job.id(), entry);
        return entry;
    }

    /** The case's forks filed so far, in the order they ran. */
    List<ForkEntry> forks(CaseJob job) {
        CaseEntry entry = byId.get(job.id());
        return entry == null ? List.of() : entry.forks();
    }

    /** Every case filed so far, in catalogue order. */
    List<CaseEntry> cases() {
        return byId.values().stream().sorted(Comparator.comparing(c -> order.getOrDefault(c.id(), Integer.MAX_VALUE)))
                .toList();
    }
}
