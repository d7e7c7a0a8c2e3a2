package org.ipclab.report.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * A case's interval histograms by latency metric, so a reader can rebuild the whole distribution and one
 * sample per interval (its median) for statistics. Schema 2 writes one untagged log per metric and fork
 * ({@code <case-id>.<metric>.fork-<k>.hlog}, the metric named by the file); schema 1 one log per case
 * with the metric as each line's tag. {@link #plus} joins a case's forks.
 */
public final class HdrLog {
    // HistogramLogReader skips lines it does not understand, so damage in the middle would go unnoticed.
    private static final Pattern INTERVAL_LINE =
            Pattern.compile("(Tag=[^,]+,)?[0-9.]+,[0-9.]+,[0-9.]+,HIST[A-Za-z0-9+/]+=*");

    private final Map<String, List<Histogram>> intervals;

    private HdrLog(Map<String, List<Histogram>> intervals) {
        this.intervals = intervals;
    }

    /** Reads a log whose untagged intervals belong to {@code metric} ("" where every line is tagged). */
    public static HdrLog read(Path file, String metric) {
        checkLines(file);
        Map<String, List<Histogram>> byTag = new LinkedHashMap<>();
        try {
            HistogramLogReader reader = new HistogramLogReader(file.toFile());
            EncodableHistogram next;
            while ((next = reader.nextIntervalHistogram()) != null) {
                if (!(next instanceof Histogram h)) {
                    throw new ResultFolderException(file, "holds a " + next.getClass().getSimpleName()
                            + " interval; expected integer nanosecond histograms");
                }
                String tag = h.getTag() == null ? metric : h.getTag();
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(h);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ResultFolderException rfe) {
                throw rfe;
            }
            throw new ResultFolderException(file, "is corrupt or truncated (" + e + ")", e);
        }
        if (byTag.isEmpty()) {
            throw new ResultFolderException(file, "holds no interval histograms");
        }
        return new HdrLog(byTag);
    }

    private static void checkLines(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultFolderException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("\"")
                    && !INTERVAL_LINE.matcher(line).matches()) {
                throw new ResultFolderException(file, "line " + (i + 1) + " is not an interval histogram (corrupt)");
            }
        }
    }

    /** The metric a schema-2 log holds, from its name {@code <case-id>.<metric>.fork-<k>.hlog}; else "". */
    public static String metricOf(String caseId, String fileName) {
        String prefix = caseId + ".";
        int fork = fileName.lastIndexOf(".fork-");
        return fileName.startsWith(prefix) && fork > prefix.length() ? fileName.substring(prefix.length(), fork) : "";
    }

    /** This log and another of the same case (another fork, another metric) as one. */
    public HdrLog plus(HdrLog other) {
        Map<String, List<Histogram>> joined = new LinkedHashMap<>();
        intervals.forEach((k, v) -> joined.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        other.intervals.forEach((k, v) -> joined.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return new HdrLog(joined);
    }

    /** The metrics (tags) in this log. */
    public List<String> metrics() {
        return List.copyOf(intervals.keySet());
    }

    public List<Histogram> intervals(String metric) {
        return intervals.getOrDefault(metric, List.of());
    }

    /** All intervals of a metric merged into one distribution. */
    public Histogram total(String metric) {
        Histogram total = new Histogram(3);
        intervals(metric).forEach(total::add);
        return total;
    }

    /** One sample per interval: that interval's median (ns). */
    public List<Double> intervalMedians(String metric) {
        return intervals(metric).stream().filter(h -> h.getTotalCount() > 0)
                .map(h -> (double) h.getValueAtPercentile(50)).toList();
    }
}
