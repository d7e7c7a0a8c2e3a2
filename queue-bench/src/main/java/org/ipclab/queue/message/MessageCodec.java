package org.ipclab.queue.message;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

/**
 * Frames every message as {@code [int sequence|flags][int CRC32C][payload]}: the checksum covers the
 * sequence word and the payload, so a lost, repeated, reordered or corrupted message fails
 * {@link #verify}. The smallest message (8 bytes) is a header alone; larger ones carry a payload
 * that also changes with the sequence, so a stale copy of an earlier message cannot pass.
 */
public final class MessageCodec {
    public static final int HEADER_BYTES = 8;
    public static final int MIN_SIZE = HEADER_BYTES;
    /** Flag: the responder sends this message back. */
    public static final int REPLY = 1 << 31;
    /** Flag: the last message of a session; the responder echoes it and ends. */
    public static final int STOP = 1 << 30;
    private static final int SEQUENCE_MASK = STOP - 1;
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

    /** A message buffer whose payload is filled once with fixed pseudo-random bytes. */
    public byte[] newBuffer() {
        byte[] message = new byte[size];
        SplittableRandom random = new SplittableRandom(size);
        for (int i = HEADER_BYTES; i < size; i++) {
            message[i] = (byte) random.nextInt(256);
        }
        return message;
    }

    /** Writes the sequence, flags and (payload permitting) a per-message stamp, then the checksum. */
    public void encode(byte[] message, int sequence, int flags) {
        INT.set(message, 0, (sequence & SEQUENCE_MASK) | flags);
        if (size >= HEADER_BYTES + Integer.BYTES) {
            INT.set(message, HEADER_BYTES, Integer.reverse(sequence));
        }
        INT.set(message, 4, checksum(message));
    }

    /**
     * Checks the checksum and that this is message {@code expectedSequence}; returns its flags.
     *
     * @throws CorruptMessageException naming what was wrong
     */
    public int verify(byte[] message, int expectedSequence) throws CorruptMessageException {
        int word = (int) INT.get(message, 0);
        int stored = (int) INT.get(message, 4);
        int computed = checksum(message);
        if (stored != computed) {
            throw new CorruptMessageException("checksum mismatch in message " + (word & SEQUENCE_MASK)
                    + " (expected " + (expectedSequence & SEQUENCE_MASK) + ")");
        }
        if ((word & SEQUENCE_MASK) != (expectedSequence & SEQUENCE_MASK)) {
            throw new CorruptMessageException("message " + (word & SEQUENCE_MASK) + " arrived where "
                    + (expectedSequence & SEQUENCE_MASK) + " was due (lost, repeated or reordered)");
        }
        return word & ~SEQUENCE_MASK;
    }

    private int checksum(byte[] message) {
        crc.reset();
        crc.update(message, 0, 4);
        crc.update(message, HEADER_BYTES, size - HEADER_BYTES);
        return (int) crc.getValue();
    }
}
