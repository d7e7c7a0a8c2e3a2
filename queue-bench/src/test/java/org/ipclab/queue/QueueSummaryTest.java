package org.ipclab.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipclab.core.Params;
import org.ipclab.core.ResultRow;
import org.ipclab.core.schema.RowStatus;
import org.ipclab.core.schema.Unit;
import org.junit.jupiter.api.Test;

class QueueSummaryTest {

    private static ResultRow rtt(String params, long p50, long p99) {
        return new ResultRow("queue", "rtt", Params.parse(params), "rtt", Unit.NS, 1000, (double) p50, p50, p99, p99, p99, p99,
                null, RowStatus.OK, null);
    }

    private static ResultRow oneWay(String params, double rate) {
        return new ResultRow("queue", "throughput", Params.parse(params), "one-way", Unit.MSGS_PER_S, 3, null, null, null, null, null,
                null, rate, RowStatus.OK, List.of(rate, rate, rate));
    }

    private static ResultRow failed(String caseName, String params, String metric) {
        return new ResultRow("queue", caseName, Params.parse(params), metric, Unit.NONE, 0, null, null, null, null, null, null, null,
                RowStatus.failed("peer-sigkill"), null);
    }

    private static List<String> print(List<ResultRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new QueueCases().summarize(rows, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static int lineOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with '" + start + "' in\n" + String.join("\n", lines));
    }

    @Test
    void shouldListRoundTripsFastestFirstWithTheirMultipleOfTheShmFloorAtTheSameSize() {
        List<String> lines = print(List.of(
                rtt("size=64;transport=tcp", 30_000, 40_000),
                rtt("size=64;transport=mmap;wait=spin", 200, 400),
                rtt("size=64;transport=shm", 100, 150),
                rtt("size=64;transport=mmap;wait=park", 5_000, 9_000),
                rtt("size=1024;transport=shm", 400, 600),
                rtt("size=1024;transport=pipe", 20_000, 30_000)));
        assertTrue(lines.stream().anyMatch(l -> l.contains("p50 of the shm rtt row at the same size")), lines.toString());
        int size64 = lineOf(lines, "size 64 B, floor 100 ns");
        int size1k = lineOf(lines, "size 1 KiB, floor 400 ns");
        assertTrue(size64 < size1k, "sizes ascending");
        int shm = lineOf(lines.subList(size64, lines.size()), "shm") + size64;
        int mmap = lineOf(lines.subList(size64, lines.size()), "mmap ") + size64;
        int park = lineOf(lines.subList(size64, lines.size()), "mmap wait=park") + size64;
        int tcp = lineOf(lines.subList(size64, lines.size()), "tcp") + size64;
        assertTrue(shm < mmap && mmap < park && park < tcp, String.join("\n", lines));
        assertTrue(lines.get(shm).contains("1.0x"), lines.get(shm));
        assertTrue(lines.get(mmap).contains("2.0x") && lines.get(mmap).contains("400 ns"), lines.get(mmap));
        assertTrue(lines.get(tcp).contains("300.0x"), lines.get(tcp));
        assertTrue(lines.get(lineOf(lines, "pipe")).contains("50.0x"), "1 KiB rows use the 1 KiB floor");
    }

    @Test
    void shouldSayWhenTheFloorIsMissingAndKeepFailedRowsLast() {
        List<String> lines = print(List.of(
                failed("rtt", "size=64;transport=shm", "rtt"),
                rtt("size=64;transport=pipe", 20_000, 30_000)));
        assertTrue(lines.get(lineOf(lines, "size 64 B")).contains("unknown (no ok shm row)"), lines.toString());
        int pipe = lineOf(lines, "pipe");
        int shm = lineOf(lines, "shm ");
        assertTrue(pipe < shm, String.join("\n", lines));
        assertTrue(lines.get(shm).contains("failed:peer-sigkill"), lines.get(shm));
        assertTrue(lines.get(pipe).contains(" - "), "no multiple without a floor: " + lines.get(pipe));
    }

    @Test
    void shouldRankThroughputByTransportWithMessagesAndBytes() {
        List<String> lines = print(List.of(
                oneWay("size=64;transport=chronicle", 2e6),
                oneWay("size=64;transport=mmap;wait=spin", 20e6),
                failed("throughput", "size=64;transport=aeron", "one-way"),
                oneWay("size=64;transport=tcp", 1e6)));
        int mmap = lineOf(lines, "mmap");
        int chronicle = lineOf(lines, "chronicle");
        int tcp = lineOf(lines, "tcp");
        int aeron = lineOf(lines, "aeron");
        assertTrue(mmap < chronicle && chronicle < tcp && tcp < aeron, String.join("\n", lines));
        assertTrue(lines.get(mmap).contains("20.00 Mmsgs/s") && lines.get(mmap).contains("1.28 GB/s"), lines.get(mmap));
        assertEquals(-1, String.join("\n", lines).indexOf("round trips"), "no rtt rows, no rtt section");
    }

    @Test
    void shouldNameEachChannelsHighestSustainedRateAndTheLowestItCouldNotCarry() {
        List<String> lines = print(List.of(
                fixedRate("pipe", 1_000, 80_000),
                fixedRate("pipe", 100_000, 120_000),
                overCapacity("pipe", 1_000_000, 212_000),
                fixedRate("shm", 1_000_000, 900),
                failed("fixed-rate", "rate=10000;size=64;transport=uds", "rtt"),
                fixedRate("uds", 1_000, 70_000)));
        String pipe = lines.get(lineOf(lines, "pipe 64 B"));
        assertTrue(pipe.contains("100.00 kmsgs/s") && pipe.contains("120.0 µs"), pipe);
        assertTrue(pipe.contains("1.00 Mmsgs/s (achieved 212.00 kmsgs/s)"), pipe);
        String shm = lines.get(lineOf(lines, "shm 64 B"));
        assertTrue(shm.contains("1.00 Mmsgs/s") && shm.trim().endsWith("-"), "kept every rate tried: " + shm);
        String uds = lines.get(lineOf(lines, "uds 64 B"));
        assertTrue(uds.contains("10.00 kmsgs/s failed:peer-sigkill"), "a failure is named, not read as capacity: " + uds);
    }

    private static ResultRow fixedRate(String transport, int rate, long p99) {
        return new ResultRow("queue", "fixed-rate", Params.parse("rate=" + rate + ";size=64;transport=" + transport), "rtt", Unit.NS, 1000,
                (double) p99 / 2, p99 / 2, p99, p99, p99, p99, null, RowStatus.OK, null);
    }

    private static ResultRow overCapacity(String transport, int rate, double achieved) {
        return new ResultRow("queue", "fixed-rate", Params.parse("rate=" + rate + ";size=64;transport=" + transport), "rtt", Unit.MSGS_PER_S, 1,
                null, null, null, null, null, null, achieved, RowStatus.OVER_CAPACITY, List.of(achieved));
    }
}
