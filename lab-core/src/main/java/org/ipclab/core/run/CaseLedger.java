package org.ipclab.core.run;

import java.io.IOException;
import java.nio.file.Path;
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
import org.ipclab.core.schema.RunRecord;
import org.ipclab.core.schema.Unit;

/**
 * Files each finished fork under its case in run.json: the case's entry appears with its first fork and
 * its rows are merged again over all forks after every one, so an interrupted run is still whole.
 */
final class CaseLedger {
    private final RunRecord record;
    private final Path runDir;
    private final Map<String, CaseEntry> byId = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    /** @param jobs the catalogue order, which run.json and summary.csv keep whatever order the forks ran in */
    CaseLedger(RunRecord record, Path runDir, List<CaseJob> jobs) {
        this.record = record;
        this.runDir = runDir;
        for (int i = 0; i < jobs.size(); i++) {
            order.put(jobs.get(i).id(), i);
        }
    }

    /** Adds the fork to its case and returns the case's entry as it now stands. */
    CaseEntry add(CaseJob job, ForkEntry fork) throws IOException {
        CaseEntry entry = byId.computeIfAbsent(job.id(), id -> newEntry(job));
        entry.forks.add(fork);
        entry.seconds += fork.seconds;
        entry.rows = ForkMerge.rows(job.spec(), entry.forks, runDir);
        entry.status = ResultRow.firstProblem(entry.rows).orElse(RowStatus.OK);
        Set<String> warnings = new LinkedHashSet<>(entry.warnings);
        fork.warnings.forEach(w -> warnings.add(w));
        entry.warnings = warnings.stream().toList();
        if (fork.status.ok() || entry.facts.isEmpty()) {
            entry.facts = fork.facts;
        }
        Set<String> files = new LinkedHashSet<>(entry.files);
        files.addAll(fork.files);
        entry.rows.stream().filter(r -> r.unit() == Unit.NS).map(r -> HdrFiles.distributionName(job.id(), r.metric()))
                .filter(name -> runDir.resolve(name).toFile().isFile()).forEach(files::add);
        entry.files = files.stream().toList();
        return entry;
    }

    private CaseEntry newEntry(CaseJob job) {
        CaseEntry entry = new CaseEntry();
        entry.id = job.id();
        entry.module = job.spec().module();
        entry.caseName = job.spec().name();
        entry.params = job.params();
        entry.log = "logs/" + job.id() + ".fork-1.log";
        record.cases.add(entry);
        record.cases.sort(Comparator.comparing(c -> order.getOrDefault(c.id, Integer.MAX_VALUE)));
        return entry;
    }
}
