package org.ipclab.queue.jvm;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.channel.Waiter;
import org.ipclab.queue.message.CorruptMessageException;

/**
 * Agrona's OneToOneRingBuffer per direction (1 MiB of off-heap memory each): messages are copied in
 * and out, so there is no allocation. It carries messages up to capacity/8 = 128 KiB.
 */
public final class AgronaRingChannel implements Channel {
    private static final int CAPACITY = 1 << 20;
    public static final int MAX_SIZE = CAPACITY / 8;
    private static final int MESSAGE_TYPE = 1;

    private final OneToOneRingBuffer outbound;
    private final OneToOneRingBuffer inbound;
    private final Waiter waiter;
    private final UnsafeBuffer sendBuffer = new UnsafeBuffer(new byte[0]);
    private final MessageHandler handler = this::onMessage;
    private byte[] target;
    private int receivedLength;

    private AgronaRingChannel(OneToOneRingBuffer outbound, OneToOneRingBuffer inbound, Waiter waiter) {
        this.outbound = outbound;
        this.inbound = inbound;
        this.waiter = waiter;
    }

    private static OneToOneRingBuffer newRing() {
        return new OneToOneRingBuffer(new UnsafeBuffer(
                ByteBuffer.allocateDirect(CAPACITY + RingBufferDescriptor.TRAILER_LENGTH)));
    }

    public static Channel[] pair(Waiter waiter) {
        OneToOneRingBuffer ab = newRing();
        OneToOneRingBuffer ba = newRing();
        return new Channel[] {new AgronaRingChannel(ab, ba, waiter), new AgronaRingChannel(ba, ab, waiter)};
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        sendBuffer.wrap(message, 0, length);
        for (int i = 0; !outbound.write(MESSAGE_TYPE, sendBuffer, 0, length); i++) {
            waiter.idle(i);
        }
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        waiter.receive(this, message, length);
    }

    @Override
    public boolean tryReceive(byte[] message, int length) throws IOException {
        target = message;
        receivedLength = -1;
        if (inbound.read(handler, 1) == 0) {
            return false;
        }
        if (receivedLength != length) {
            throw new CorruptMessageException("message of " + receivedLength + " bytes where " + length + " were due");
        }
        return true;
    }

    private void onMessage(int type, MutableDirectBuffer buffer, int index, int length) {
        buffer.getBytes(index, target, 0, Math.min(length, target.length));
        receivedLength = length;
    }

    @Override
    public void close() {
        // direct buffers go with the garbage collector
    }
}
