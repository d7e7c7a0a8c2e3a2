package org.ipclab.queue;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.run.Format;

/**
 * The queue module's end-of-run view: for each message size, the channels' round trips fastest first
 * with p50, p99 and the multiple of the floor (the shm round trip at that size), then one-way
 * throughput fastest first, then each channel's capacity at a fixed rate. Failed rows close their
 * group with their status, so nothing hides.
 */
final class QueueSummary {
    static final String FLOOR_TRANSPORT = "shm";
    private static final String RTT_FORMAT = "  %-26s %10s %10s %9s  %s%n";
    private static final String THROUGHPUT_FORMAT = "  %-26s %16s %16s  %s%n";

    private QueueSummary() {
    }

    static void print(List<ResultRow> rows, PrintStream out) {
        Map<Integer, List<ResultRow>> rtt = bySize(rows, "rtt", "rtt");
        Map<Integer, List<ResultRow>> throughput = bySize(rows, "throughput", "one-way");
        if (!rtt.isEmpty()) {
            out.println();
            out.println("queue round trips by size, fastest p50 first; x floor = p50 / p50 of the "
                    + FLOOR_TRANSPORT + " rtt row at the same size (two processes on one shared cache line)");
            rtt.forEach((size, group) -> printRtt(size, group, out));
        }
        if (!throughput.isEmpty()) {
            out.println();
            out.println("queue one-way throughput by size, fastest first (mean of the iterations)");
            throughput.forEach((size, group) -> printThroughput(size, group, out));
        }
        RateCapacity.print(rows, out);
    }

    private static void printRtt(int size, List<ResultRow> group, PrintStream out) {
        Optional<ResultRow> floor = group.stream()
                .filter(r -> r.ok() && FLOOR_TRANSPORT.equals(transport(r))).findFirst();
        out.printf("size %s, floor %s%n", bytes(size),
                floor.map(r -> Format.nanos(r.p50())).orElse("unknown (no ok " + FLOOR_TRANSPORT + " row)"));
        out.printf(RTT_FORMAT, "channel", "p50", "p99", "x floor", "status");
        for (ResultRow row : sorted(group, Comparator.comparing(ResultRow::p50))) {
            String multiple = row.ok() && floor.isPresent()
                    ? Format.multiple((double) row.p50() / floor.get().p50()) : "-";
            out.printf(RTT_FORMAT, label(row), Format.nanos(row.p50()), Format.nanos(row.p99()), multiple, row.status());
        }
    }

    private static void printThroughput(int size, List<ResultRow> group, PrintStream out) {
        out.printf("size %s%n", bytes(size));
        out.printf(THROUGHPUT_FORMAT, "channel", "messages", "bytes", "status");
        for (ResultRow row : sorted(group, Comparator.comparing((ResultRow r) -> r.throughput()).reversed())) {
            Double bytesPerSecond = row.throughput() == null ? null : row.throughput() * size;
            out.printf(THROUGHPUT_FORMAT, label(row), Format.rate(row.throughput(), "msgs/s"),
                    Format.rate(bytesPerSecond, "B/s"), row.status());
        }
    }

    /** Ok rows by the key, then the others (failed, skipped) in their run order. */
    private static List<ResultRow> sorted(List<ResultRow> group, Comparator<ResultRow> key) {
        List<ResultRow> ok = group.stream().filter(ResultRow::ok).sorted(key).collect(Collectors.toList());
        ok.addAll(group.stream().filter(r -> !r.ok()).toList());
        return ok;
    }

    private static Map<Integer, List<ResultRow>> bySize(List<ResultRow> rows, String caseName, String metric) {
        return rows.stream()
                .filter(r -> r.caseName().equals(caseName) && r.metric().equals(metric))
                .collect(Collectors.groupingBy(r -> r.params().getInt("size"), TreeMap::new,
                        Collectors.toList()));
    }

    private static String transport(ResultRow row) {
        return row.params().get("transport");
    }

    /** The transport, plus any param that tells two rows of one size apart (a wait other than spin, a placement, a peer host). */
    static String label(ResultRow row) {
        Params params = row.params();
        StringBuilder label = new StringBuilder(params.get("transport"));
        String wait = params.get("wait", "spin");
        if (!wait.equals("spin")) {
            label.append(" wait=").append(wait);
        }
        String placement = params.get("placement", null);
        if (placement != null) {
            label.append(" placement=").append(placement);
        }
        String peer = params.get("peer", null);
        if (peer != null) {
            label.append(" peer=").append(peer);
        }
        return label.toString();
    }

    static String bytes(int size) {
        if (size >= 1 << 20 && size % (1 << 20) == 0) {
            return (size >> 20) + " MiB";
        }
        return size >= 1024 && size % 1024 == 0 ? (size >> 10) + " KiB" : size + " B";
    }
}
