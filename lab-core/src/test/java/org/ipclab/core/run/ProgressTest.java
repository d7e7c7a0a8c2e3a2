package org.ipclab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ipclab.core.BenchCase;
import org.ipclab.core.CaseContext;
import org.ipclab.core.CaseResult;
import org.ipclab.core.CaseSpec;
import org.ipclab.core.Params;
import org.ipclab.core.Placement;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.RunRecord.ForkEntry;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final String CLEAR_LINE = "\r\033[K";

    @Test
    void shouldPrintOnePlainLinePerForkWhenNotOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<ForkSchedule.Fork> forks = forks("pipe", "a-transport-with-a-long-name");
        runThrough(new Progress(forks, new PrintStream(bytes, true, StandardCharsets.UTF_8), 0), forks);

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\r") || text.contains("\033"), text);
        List<String> lines = text.lines().toList();
        assertEquals(2, lines.size(), text);
        assertTrue(lines.get(0).matches("\\[1/2\\] m rtt transport=pipe fork 1/1 … 1\\.5 s, ok \\(elapsed .+, ETA .+\\)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("[2/2] m rtt transport=a-transport-with-a-long-name fork 1/1 … 1.5 s, ok"), lines.get(1));
    }

    /** Live lines are redrawn in place and cleared; what stays on the screen is the plain lines, and no redraw wraps. */
    @Test
    void shouldRedrawTheRunningForkInPlaceAndLeaveThePlainLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<ForkSchedule.Fork> forks = forks("pipe", "a-transport-with-a-long-name");
        Progress progress = new Progress(forks, new PrintStream(bytes, true, StandardCharsets.UTF_8), 40);
        progress.starting(0, forks.get(0));
        progress.tick();
        progress.finished(0, ok());
        progress.starting(1, forks.get(1));
        progress.tick();
        String midFork = bytes.toString(StandardCharsets.UTF_8);
        progress.close();

        String text = bytes.toString(StandardCharsets.UTF_8);
        List<String> redraws = new ArrayList<>();
        for (String segment : midFork.split("\r\033\\[K")) {
            if (!segment.isEmpty() && !segment.contains("\n")) {
                redraws.add(segment);
            }
        }
        assertTrue(redraws.size() >= 2, "a redraw per tick: " + midFork);
        redraws.forEach(r -> assertTrue(r.replace("…", "...").length() <= 39, "fits 40 columns even in ASCII: '" + r + "'"));
        assertTrue(redraws.get(0).matches(".* of ~5 s \\(run \\d+ s\\)"), "time so far of the expected: " + redraws.get(0));
        assertTrue(redraws.get(redraws.size() - 1).startsWith("…"), "a long line keeps its tail: " + redraws);
        assertTrue(text.endsWith(CLEAR_LINE), "closing clears the unfinished fork's line");
        List<String> screen = Arrays.stream(text.split("\n")).map(ProgressTest::visible).filter(l -> !l.isEmpty()).toList();
        assertEquals(1, screen.size(), text);
        assertTrue(screen.get(0).startsWith("[1/2] m rtt transport=pipe fork 1/1 … 1.5 s, ok (elapsed"), screen.get(0));
    }

    /** The estimate counts each fork's start and filing beside its case's expected time (5 s here). */
    @Test
    void shouldEstimateEveryForksExpectedTimeAndItsOverhead() {
        List<ForkSchedule.Fork> forks = forks("pipe", "uds", "tcp");
        Progress progress = new Progress(forks, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 0);
        assertEquals(3 * (5 + Progress.FORK_OVERHEAD_SECONDS), progress.expectedSeconds(), 1e-9);
    }

    /** What a terminal shows of a line: what follows its last "clear line". */
    private static String visible(String line) {
        int clear = line.lastIndexOf(CLEAR_LINE);
        return clear < 0 ? line : line.substring(clear + CLEAR_LINE.length());
    }

    private static void runThrough(Progress progress, List<ForkSchedule.Fork> forks) {
        for (int i = 0; i < forks.size(); i++) {
            progress.starting(i, forks.get(i));
            progress.finished(i, ok());
        }
        progress.close();
    }

    private static ForkEntry ok() {
        return new ForkEntry(1, 1, RowStatus.OK, 1.5, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<ForkSchedule.Fork> forks(String... transports) {
        List<BenchCase> cases = new ArrayList<>();
        for (String transport : transports) {
            CaseSpec spec = new CaseSpec("m", "rtt", Params.of("transport", transport));
            cases.add(new BenchCase() {
                @Override
                public CaseSpec spec() {
                    return spec;
                }

                @Override
                public Duration expected() {
                    return Duration.ofSeconds(5);
                }

                @Override
                public CaseResult run(CaseContext context) {
                    return new CaseResult();
                }
            });
        }
        return CaseJob.expand(cases, List.of(Placement.OS)).stream().map(job -> new ForkSchedule.Fork(job, 1, 1, 0)).toList();
    }
}
