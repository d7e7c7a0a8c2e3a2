package org.ipclab.core.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.cli.Terminal;
import org.ipclab.core.schema.RunRecord.ForkEntry;

/**
 * The run's progress on stderr, one line per fork: {@code [i/N] module case params fork f/F … seconds,
 * status (elapsed, ETA)}, with the side (A or B) after {@code [i/N]} in a two-sided run. On a terminal the running
 * fork also shows a line of its own, redrawn every second with its time so far against the time it is expected to
 * take, and cleared when the fork ends.
 */
final class Progress implements AutoCloseable {
    private static final String CLEAR_LINE = "\r\033[K";
    /**
     * What a fork costs beyond its case's expected time: starting the case JVM, the case's set-up, writing
     * its result and filing it. Measured on a 2-vCPU VM (forks' seconds against their expected, two quick runs
     * of 412 forks): the forks took their expected time (-0.01 s a fork at the mean) and the runner 0.05 s
     * between forks; on a busier day, before case JVMs stopped writing JSON, 0.36 s and 0.04-0.07 s.
     */
    static final double FORK_OVERHEAD_SECONDS = 0.15;

    private final List<ForkSchedule.Fork> forks;
    private final int forksPerCase;
    private final boolean twoSided;
    private final PrintStream out;
    private final boolean live;
    private final int columns;
    private final long startNs = System.nanoTime();
    private double expectedDone;
    private ScheduledExecutorService ticker;
    private String current;
    private long currentStartNs;
    private double currentExpected;

    Progress(List<ForkSchedule.Fork> forks) {
        this(forks, System.err, Terminal.stderr() ? Terminal.columns() : 0);
    }

    /**
     * @param forks the run's schedule, read as it grows: rounds that redo disturbed forks are added at its end
     * @param columns the terminal's width for a live line, or 0 for plain lines only (a pipe or a file)
     */
    Progress(List<ForkSchedule.Fork> forks, PrintStream out, int columns) {
        this.forks = forks;
        this.forksPerCase = forks.stream().mapToInt(ForkSchedule.Fork::round).max().orElse(1);
        this.twoSided = forks.stream().anyMatch(f -> f.side() > 0);
        this.out = out;
        this.live = columns > 0;
        this.columns = columns;
    }

    /** The whole run's expected time, every fork's expected time and overhead: what the run promises at its start. */
    double expectedSeconds() {
        return forks.stream().mapToDouble(Progress::seconds).sum();
    }

    synchronized void starting(int index, ForkSchedule.Fork fork) {
        CaseSpec spec = fork.job().spec();
        String which = fork.round() > forksPerCase ? fork.fork() + " (redo)" : fork.fork() + "/" + forksPerCase;
        current = String.format(Locale.ROOT, "[%d/%d] %s%s %s %s fork %s … ", index + 1, forks.size(),
                twoSided ? RunSide.label(fork.side()) + " " : "", spec.module(), spec.name(), spec.params(), which);
        if (!live) {
            out.print(current);
            out.flush();
            return;
        }
        currentStartNs = System.nanoTime();
        currentExpected = seconds(fork);
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ipclab-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS);
        } else {
            tick();
        }
    }

    /** Redraws the running fork's line: its time so far against its expected time, cut to the terminal's width. */
    synchronized void tick() {
        if (current == null) {
            return;
        }
        double elapsed = (System.nanoTime() - currentStartNs) / 1e9;
        String line = current + Format.seconds(elapsed) + " of ~" + Format.seconds(currentExpected)
                + " (run " + Format.seconds((System.nanoTime() - startNs) / 1e9) + ")";
        // A line that wraps can't be redrawn in place. Room for two '…' printed as "..." on an ASCII console.
        int room = columns - 5;
        if (line.length() > room) {
            line = "…" + line.substring(line.length() - (room - 1)); // the case's tail and the times matter most
        }
        out.print(CLEAR_LINE + line);
        out.flush();
    }

    /** The ETA scales the expected time of the remaining forks by how the finished ones compared. */
    synchronized void finished(int index, ForkEntry entry) {
        expectedDone += seconds(forks.get(index));
        double elapsed = (System.nanoTime() - startNs) / 1e9;
        double remaining = 0;
        for (int i = index + 1; i < forks.size(); i++) {
            remaining += seconds(forks.get(i));
        }
        double pace = expectedDone > 0 ? elapsed / expectedDone : 1;
        if (live) {
            out.print(CLEAR_LINE + current);
        }
        current = null;
        out.println(Format.tenthsOfSeconds(entry.seconds()) + ", " + entry.status() + " (elapsed " + Format.seconds(elapsed)
                + ", ETA " + Format.seconds(remaining * pace) + ")");
        entry.warnings().forEach(w -> out.println("      warning: " + w));
        out.flush();
    }

    /** Stops the redrawing and clears a fork's unfinished line, so what is printed next starts on a clean line. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (live && current != null) {
            out.print(CLEAR_LINE);
            out.flush();
        }
        current = null;
    }

    private static double seconds(ForkSchedule.Fork fork) {
        Duration expected = fork.job().benchCase().expected();
        return expected.toMillis() / 1000.0 + FORK_OVERHEAD_SECONDS;
    }
}
