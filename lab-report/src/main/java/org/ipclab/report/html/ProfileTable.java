package org.ipclab.report.html;

import java.util.ArrayList;
import java.util.List;
import org.ipclab.report.read.ForkRecord;
import org.ipclab.report.read.ProfileRecord;
import org.ipclab.report.read.RunFolder;
import org.ipclab.report.read.RunJson.CaseEntry;

/** The run's profiles, one line per case, fork and profiler: links to its files, or why it was skipped. */
final class ProfileTable {
    private ProfileTable() {
    }

    /** The section, or "" for a run without profiles. */
    static String of(RunFolder run, String dataPrefix) {
        List<List<String>> rows = new ArrayList<>();
        for (CaseEntry c : run.info().cases()) {
            for (ForkRecord fork : c.forks()) {
                for (ProfileRecord p : fork.profiles()) {
                    rows.add(List.of(Html.esc(c.id()), Html.num(String.valueOf(fork.fork())), Html.esc(p.profiler()),
                            Html.esc(p.status()), links(run, p, dataPrefix), Html.esc(p.figures()), Html.esc(p.detail())));
                }
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        return "<h2>Profiles</h2>\n<p class=\"small\">Profiled with " + Html.esc(run.environment().profilers())
                + ": the numbers above carry the profilers' overhead. Open .jfr files with JDK Mission Control or"
                + " <code>jfr summary</code>; flame graphs open in a browser.</p>\n"
                + Html.table(List.of("case", "fork", "profiler", "status", "files", "figures", "detail"), rows);
    }

    private static String links(RunFolder run, ProfileRecord p, String dataPrefix) {
        StringBuilder b = new StringBuilder();
        for (String file : p.files()) {
            b.append(b.length() == 0 ? "" : " ");
            // A file not in the folder (or not copied to a site) is named, not linked.
            b.append(run.dataFiles().containsKey(file) ? Html.link(dataPrefix + file, file) : Html.esc(file));
        }
        return b.toString();
    }
}
