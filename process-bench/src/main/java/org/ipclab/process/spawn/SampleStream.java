package org.ipclab.process.spawn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.ipclab.core.LatencyRecorder;

/**
 * Carries latency samples measured in a child JVM back to the case, one frame per sample as it is
 * taken (so the .hlog intervals stay close to when they were measured):
 * {@code [int seq][long ns]}..., then {@code [int -1][int count][long sum of ns]}. The receiver checks
 * the sequence and the count and sum, so a lost or garbled sample fails the case.
 */
public final class SampleStream {
    private static final int END = -1;

    private SampleStream() {
    }

    /** The sending side, in the child. */
    public static final class Writer {
        private final DataOutputStream out;
        private int count;
        private long sum;

        public Writer(OutputStream out) {
            this.out = new DataOutputStream(out);
        }

        public void header(String text) throws IOException {
            out.writeUTF(text);
            out.flush();
        }

        public void sample(long ns) throws IOException {
            out.writeInt(count++);
            out.writeLong(ns);
            sum += ns;
        }

        public void end() throws IOException {
            out.writeInt(END);
            out.writeInt(count);
            out.writeLong(sum);
            out.flush();
        }
    }

    /** The receiving side: reads the header line the child sent first. */
    public static String readHeader(InputStream in) throws IOException {
        return new DataInputStream(in).readUTF();
    }

    /**
     * Records every sample into {@code recorder} until the end frame; returns the count.
     *
     * @throws CorruptStreamException when a sequence number, the count or the sum does not match
     */
    public static int readInto(InputStream in, LatencyRecorder recorder) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int expected = 0;
        long sum = 0;
        while (true) {
            int seq = data.readInt();
            if (seq == END) {
                int count = data.readInt();
                long sentSum = data.readLong();
                if (count != expected || sentSum != sum) {
                    throw new CorruptStreamException("end frame says " + count + " samples summing to " + sentSum
                            + ", received " + expected + " summing to " + sum);
                }
                return count;
            }
            if (seq != expected) {
                throw new CorruptStreamException("sample " + seq + " arrived where " + expected + " was due");
            }
            long ns = data.readLong();
            recorder.record(ns);
            sum += ns;
            expected++;
        }
    }

    /** A sample stream that broke its own framing. */
    public static final class CorruptStreamException extends IOException {
        public CorruptStreamException(String message) {
            super(message);
        }
    }
}
