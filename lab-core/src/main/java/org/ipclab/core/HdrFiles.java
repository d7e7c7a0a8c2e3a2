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
 * Writes a case's latency files: {@code hdr/<case-id>.hlog} (every metric's intervals, tagged with the
 * metric) and one {@code .hgrm} percentile distribution per metric: {@code <case-id>.hgrm} for the first,
 * {@code <case-id>.<metric>.hgrm} for any further one.
 */
final class HdrFiles {
    private final Path hdrDir;
    private final String caseId;
    private final List<String> written = new ArrayList<>();
    private final List<Tagged> logged = new ArrayList<>();

    private record Tagged(String metric, List<LatencyRecorder.Interval> intervals) {
    }

    HdrFiles(Path hdrDir, String caseId) {
        this.hdrDir = hdrDir;
        this.caseId = caseId;
    }

    /** Adds one metric's intervals; returns the merged histogram. */
    Histogram add(String metric, List<LatencyRecorder.Interval> intervals) throws IOException {
        Files.createDirectories(hdrDir);
        Histogram total = LatencyRecorder.total(intervals);
        String name = logged.isEmpty() ? caseId + ".hgrm" : caseId + "." + metric + ".hgrm";
        logged.add(new Tagged(metric, intervals));
        Path hgrm = hdrDir.resolve(name);
        try (PrintStream out = new PrintStream(Files.newOutputStream(hgrm), false, "UTF-8")) {
            total.outputPercentileDistribution(out, 1.0);
        }
        written.add("hdr/" + name);
        writeLog();
        return total;
    }

    /** Rewrites the whole .hlog so it always holds every metric added so far. */
    private void writeLog() throws IOException {
        String name = caseId + ".hlog";
        long start = logged.stream().flatMap(t -> t.intervals().stream()).mapToLong(LatencyRecorder.Interval::startMs)
                .min().orElse(System.currentTimeMillis());
        try (PrintStream out = new PrintStream(Files.newOutputStream(hdrDir.resolve(name)), false, "UTF-8")) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            writer.outputComment("ipc-lab case " + caseId + "; values in ns");
            writer.outputLogFormatVersion();
            writer.outputStartTime(start);
            writer.setBaseTime(start);
            writer.outputLegend();
            for (Tagged tagged : logged) {
                for (LatencyRecorder.Interval interval : tagged.intervals()) {
                    Histogram h = interval.histogram().copy();
                    h.setTag(tagged.metric());
                    h.setStartTimeStamp(interval.startMs());
                    h.setEndTimeStamp(interval.endMs());
                    writer.outputIntervalHistogram(h);
                }
            }
        }
        if (!written.contains("hdr/" + name)) {
            written.add("hdr/" + name);
        }
    }

    List<String> files() {
        return written;
    }
}
