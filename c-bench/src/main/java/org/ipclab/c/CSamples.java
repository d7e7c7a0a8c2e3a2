package org.ipclab.c;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.ipclab.core.LatencyRecorder;

/**
 * What the C program printed, read back into the lab's own intervals, so its rows get their histogram,
 * .hgrm, .hlog and interval medians from the same code as the Java rows':
 *
 * <pre>
 *   ipclab-c 1
 *   warmup N
 *   interval START_MS END_MS COUNT     (then COUNT lines, one latency in ns each)
 *   ...
 *   end INTERVALS SAMPLES
 * </pre>
 *
 * Anything else (a missing header or end line, counts that do not add up, a negative latency) is a
 * {@link CorruptSamplesException}: a truncated stream never passes for a short measurement.
 */
record CSamples(long warmup, List<LatencyRecorder.Interval> intervals) {
    static final String HEADER = "ipclab-c 1";

    static final class CorruptSamplesException extends IOException {
        CorruptSamplesException(String message) {
            super(message);
        }
    }

    long count() {
        return intervals.stream().mapToLong(i -> i.histogram().getTotalCount()).sum();
    }

    static CSamples read(BufferedReader in) throws IOException {
        expect(HEADER.equals(in.readLine()), "the first line is not '" + HEADER + "'");
        long warmup = number(field(in.readLine(), "warmup", 1)[0]);
        List<LatencyRecorder.Interval> intervals = new ArrayList<>();
        long samples = 0;
        for (String line = in.readLine(); ; line = in.readLine()) {
            expect(line != null, "the stream ends before its 'end' line");
            if (line.startsWith("end ")) {
                String[] end = field(line, "end", 2);
                expect(number(end[0]) == intervals.size() && number(end[1]) == samples,
                        "'" + line + "' does not match the " + intervals.size() + " intervals and " + samples + " samples read");
                return new CSamples(warmup, List.copyOf(intervals));
            }
            String[] head = field(line, "interval", 3);
            long start = number(head[0]);
            long end = number(head[1]);
            long count = number(head[2]);
            Histogram histogram = new Histogram(3);
            for (long i = 0; i < count; i++) {
                String value = in.readLine();
                expect(value != null, "interval " + intervals.size() + " ends after " + i + " of its " + count + " samples");
                histogram.recordValue(number(value));
            }
            histogram.setStartTimeStamp(start);
            histogram.setEndTimeStamp(end);
            intervals.add(new LatencyRecorder.Interval(start, end, histogram));
            samples += count;
        }
    }

    private static String[] field(String line, String name, int values) throws CorruptSamplesException {
        expect(line != null && line.startsWith(name + " "), "expected a '" + name + "' line, found '" + line + "'");
        String[] parts = line.substring(name.length() + 1).split(" ");
        expect(parts.length == values, "'" + line + "' should hold " + values + " number(s)");
        return parts;
    }

    private static long number(String text) throws CorruptSamplesException {
        try {
            long value = Long.parseLong(text.strip());
            expect(value >= 0, "negative value " + value);
            return value;
        } catch (NumberFormatException e) {
            throw new CorruptSamplesException("'" + text + "' is not a number");
        }
    }

    private static void expect(boolean ok, String what) throws CorruptSamplesException {
        if (!ok) {
            throw new CorruptSamplesException("C samples: " + what);
        }
    }
}
