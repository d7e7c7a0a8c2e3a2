package org.ipclab.report.fleet;

import java.util.List;

/**
 * How one host of a fleet ended. {@code outcome} is the run's own status when its folder was fetched
 * ({@code complete}, {@code interrupted}, {@code failed}); otherwise {@code unreachable}, {@code failed}
 * (the host could not run the suite), {@code interrupted} (the fleet was stopped) or {@code not-run}.
 * {@code exit} is the run's exit code on the host, null when unknown.
 */
public record FleetHost(String host, String hostname, String outcome, Integer exit, String runId, String reason) {
    public static final String COMPLETE = "complete";
    public static final String UNREACHABLE = "unreachable";
    public static final String FAILED = "failed";
    public static final String INTERRUPTED = "interrupted";
    public static final String NOT_RUN = "not-run";
    public static final List<String> COLUMNS = List.of("host", "hostname", "outcome", "exit", "run", "reason");

    /** Whether the host ran the whole suite and every case ended ok, skipped or over capacity. */
    public boolean ok() {
        return COMPLETE.equals(outcome) && exit != null && exit == 0;
    }

    /** The cells in {@link #COLUMNS} order; none holds a comma or a line break, as in summary.csv. */
    public List<String> cells() {
        return List.of(host, hostname, outcome, exit == null ? "" : exit.toString(), runId, oneLine(reason));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").replace(',', ';').strip();
    }
}
