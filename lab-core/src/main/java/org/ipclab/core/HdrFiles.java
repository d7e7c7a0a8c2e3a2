package org.ipclab.core;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes one fork's latency intervals: {@code hdr/<case-id>.<metric>.fork-<k>.hlog}, one untagged log
 * per metric and fork, so HdrHistogram's own {@code HistogramLogProcessor} reads it with its default
 * options. The runner merges the forks into {@code <case-id>.<metric>.hgrm}.
 */
public final class HdrFiles {
    private final Path hdrDir;
    private final String caseId;
    private final int fork;
    private final List<String> written = new ArrayList<>();

    HdrFiles(Path hdrDir, String caseId, int fork) {
        this.hdrDir = hdrDir;
        this.caseId = caseId;
        this.fork = fork;
    }

    /** The log of one metric of one fork, relative to the run folder. */
    public static String logName(String caseId, String metric, int fork) {
        return "hdr/" + caseId + "." + metric + ".fork-" + fork + ".hlog";
    }

    /** The distribution of one metric over every fork, relative to the run folder. */
    public static String distributionName(String caseId, String metric) {
        return "hdr/" + caseId + "." + metric + ".hgrm";
    }

    /** Logs one metric's intervals; returns the merged histogram. */
    Histogram add(String metric, List<LatencyRecorder.Interval> intervals) throws IOException {
        Files.createDirectories(hdrDir);
        String name = logName(caseId, metric, fork);
        long start = intervals.stream().mapToLong(LatencyRecorder.Interval::startMs).min()
                .orElse(System.currentTimeMillis());
        try (PrintStream out = new PrintStream(Files.newOutputStream(hdrDir.getParent().resolve(name)), false, "UTF-8")) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            writer.outputComment("ipc-lab case " + caseId + " metric " + metric + " fork " + fork + "; values in ns");
            writer.outputLogFormatVersion();
            writer.outputStartTime(start);
            writer.setBaseTime(start);
            writer.outputLegend();
            for (LatencyRecorder.Interval interval : intervals) {
                Histogram h = interval.histogram().copy();
                h.setStartTimeStamp(interval.startMs());
                h.setEndTimeStamp(interval.endMs());
                writer.outputIntervalHistogram(h);
            }
        }
        written.add(name);
        return LatencyRecorder.total(intervals);
    }

    List<String> files() {
        return written;
    }
}
