package org.ipclab.queue.message;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

/**
 * Frames every message as {@code [int sequence|flags][int CRC32C][payload]}: the checksum covers the
 * sequence word and the payload, so a lost, repeated, reordered or corrupted message fails
 * {@link #verify}. The smallest message (8 bytes) is a header alone.
 *
 * <p>Proof of the copy: the payload's fixed pseudo-random bytes carry the sequence stamped once in
 * every 64-byte cache line, so no two messages in a row are alike, and the receiver {@link #poison}s
 * its buffer's header and stamps before each receive, so a line the channel did not actually deliver
 * still holds poison and fails. One word per line keeps the cost far below the checksum's.
 *
 * <pre>
 *   byte  0      4      8        64       128            size
 *         [seq ][crc ][stamp....][stamp....][stamp....]...]
 * </pre>
 */
public final class MessageCodec {
    public static final int HEADER_BYTES = 8;
    public static final int MIN_SIZE = HEADER_BYTES;
    /** One stamp per cache line of the payload. */
    public static final int LINE_BYTES = 64;
    /** Flag: the responder sends this message back. */
    public static final int REPLY = 1 << 31;
    /** Flag: the last message of a session; the responder echoes it and ends. */
    public static final int STOP = 1 << 30;
    private static final int SEQUENCE_MASK = STOP - 1;
    /** No stamp can equal it: stamps are sequences, whose top two bits are clear. */
    private static final int POISON = -1;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final int size;
    private final CRC32C crc = new CRC32C();

    public MessageCodec(int size) {
        if (size < MIN_SIZE) {
            throw new IllegalArgumentException("size " + size + " is below the " + MIN_SIZE + "-byte header");
        }
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** A message buffer whose payload is filled once with fixed pseudo-random bytes, then poisoned. */
    public byte[] newBuffer() {
        byte[] message = new byte[size];
        SplittableRandom random = new SplittableRandom(size);
        for (int i = HEADER_BYTES; i < size; i++) {
            message[i] = (byte) random.nextInt(256);
        }
        poison(message);
        return message;
    }

    /** Writes the sequence, flags and the sequence stamp in every cache line, then the checksum. */
    public void encode(byte[] message, int sequence, int flags) {
        INT.set(message, 0, (sequence & SEQUENCE_MASK) | flags);
        int stamp = sequence & SEQUENCE_MASK;
        for (int at = firstStamp(); at >= 0; at = nextStamp(at)) {
            INT.set(message, at, stamp);
        }
        INT.set(message, 4, checksum(message));
    }

    /**
     * Spoils the header and every stamp of a buffer about to receive, so bytes a channel leaves
     * untouched (a stale buffer, a line it skipped) can never verify.
     */
    public void poison(byte[] message) {
        INT.set(message, 0, POISON);
        INT.set(message, 4, ~(int) INT.get(message, 4));
        for (int at = firstStamp(); at >= 0; at = nextStamp(at)) {
            INT.set(message, at, POISON);
        }
    }

    /**
     * Checks every line's stamp, the checksum and that this is message {@code expectedSequence};
     * returns its flags.
     *
     * @throws CorruptMessageException naming what was wrong
     */
    public int verify(byte[] message, int expectedSequence) throws CorruptMessageException {
        int expected = expectedSequence & SEQUENCE_MASK;
        for (int at = firstStamp(); at >= 0; at = nextStamp(at)) {
            int stamp = (int) INT.get(message, at);
            if (stamp != expected) {
                throw new CorruptMessageException("cache line " + at / LINE_BYTES + " of message " + expected
                        + (stamp == POISON ? " was never delivered (the receive buffer's poison is still there)"
                        : " carries stamp " + stamp + " (stale or corrupt bytes)"));
            }
        }
        int word = (int) INT.get(message, 0);
        int stored = (int) INT.get(message, 4);
        int computed = checksum(message);
        if (stored != computed) {
            throw new CorruptMessageException("checksum mismatch in message " + (word & SEQUENCE_MASK)
                    + " (expected " + expected + ")");
        }
        if ((word & SEQUENCE_MASK) != expected) {
            throw new CorruptMessageException("message " + (word & SEQUENCE_MASK) + " arrived where "
                    + expected + " was due (lost, repeated or reordered)");
        }
        return word & ~SEQUENCE_MASK;
    }

    /** Line 0's stamp follows the header; -1 when the payload has no room for a stamp. */
    private int firstStamp() {
        return size >= HEADER_BYTES + Integer.BYTES ? HEADER_BYTES : -1;
    }

    /** The next line's first word (a short last line gets the message's last word); -1 after the last. */
    private int nextStamp(int at) {
        int line = (at / LINE_BYTES + 1) * LINE_BYTES;
        if (line >= size) {
            return -1;
        }
        int word = Math.min(line, size - Integer.BYTES);
        return word > at ? word : -1;
    }

    private int checksum(byte[] message) {
        crc.reset();
        crc.update(message, 0, 4);
        crc.update(message, HEADER_BYTES, size - HEADER_BYTES);
        return (int) crc.getValue();
    }
}
