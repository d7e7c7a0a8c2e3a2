package org.ipclab.queue;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ipclab.core.ResultRow;
import org.ipclab.core.run.Format;

/**
 * The fixed-rate part of the queue view: per channel, the highest rate it sustained among those tried
 * (with its p99 there) and the lowest it could not carry (with what it achieved), so the sweep reads
 * as a capacity, not as a list of latencies.
 */
final class RateCapacity {
    private static final String FORMAT = "  %-26s %14s %10s  %s%n";

    private RateCapacity() {
    }

    static void print(List<ResultRow> rows, PrintStream out) {
        Map<String, List<ResultRow>> byChannel = rows.stream()
                .filter(r -> r.caseName().equals("fixed-rate") && r.metric().equals("rtt"))
                .collect(Collectors.groupingBy(RateCapacity::channel, TreeMap::new, Collectors.toList()));
        if (byChannel.isEmpty()) {
            return;
        }
        out.println();
        out.println("queue fixed-rate capacity: the highest rate each channel sustained (p99 there) and the lowest it"
                + " could not carry (achieved rate)");
        out.printf(FORMAT, "channel", "sustained", "p99 there", "over capacity at");
        byChannel.forEach((channel, group) -> {
            Optional<ResultRow> sustained = sustained(group);
            out.printf(FORMAT, channel, sustained.map(r -> rate(rate(r))).orElse("none"),
                    sustained.map(r -> Format.nanos(r.p99())).orElse("-"), beyond(group));
        });
    }

    private static Optional<ResultRow> sustained(List<ResultRow> group) {
        return group.stream().filter(ResultRow::ok).max(Comparator.comparingInt(RateCapacity::rate));
    }

    /** The lowest rate not carried and what the channel achieved there; failures named, since they say nothing of capacity. */
    private static String beyond(List<ResultRow> group) {
        Optional<ResultRow> over = group.stream().filter(ResultRow::overCapacity).min(Comparator.comparingInt(RateCapacity::rate));
        String finding = over.map(r -> rate(rate(r)) + " (achieved " + Format.rate(r.throughput(), "msgs/s") + ")")
                .orElse("-");
        String failures = group.stream().filter(ResultRow::failed)
                .map(r -> rate(rate(r)) + " " + r.status()).collect(Collectors.joining(", "));
        return failures.isEmpty() ? finding : finding + "; " + failures;
    }

    private static int rate(ResultRow row) {
        return row.params().getInt("rate");
    }

    private static String rate(int rate) {
        return Format.rate((double) rate, "msgs/s");
    }

    /** The channel and size: rates of one channel at one size make one line. */
    private static String channel(ResultRow row) {
        return QueueSummary.label(row) + " " + QueueSummary.bytes(row.params().getInt("size"));
    }
}
