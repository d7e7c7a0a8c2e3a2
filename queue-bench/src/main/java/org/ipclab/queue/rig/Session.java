package org.ipclab.queue.rig;

import java.io.IOException;
import org.ipclab.queue.channel.Channel;
import org.ipclab.queue.message.MessageCodec;

/**
 * The rig's side of a conversation with a {@link Responder}: numbers outgoing messages and checks
 * that replies come back in order and intact. Sending and receiving keep separate buffers, so a
 * message can be encoded ahead of its send time while echoes are still being taken. The incoming
 * buffer is poisoned whenever it holds no message under check (from the start, and again after each
 * verify), so every receive lands on poison without a poisoning step inside a timed receive.
 */
public final class Session {
    private final Channel channel;
    private final int size;
    private final MessageCodec sendCodec;
    private final MessageCodec receiveCodec;
    private final byte[] outgoing;
    private final byte[] incoming;
    private int nextSequence;

    public Session(Channel channel, int size) {
        this.channel = channel;
        this.size = size;
        this.sendCodec = new MessageCodec(size);
        this.receiveCodec = new MessageCodec(size);
        this.outgoing = sendCodec.newBuffer();
        this.incoming = receiveCodec.newBuffer();
    }

    public int size() {
        return size;
    }

    /** Sends the next message with these flags; returns its sequence. */
    public int send(int flags) throws IOException {
        int sequence = encodeNext(flags);
        transmit();
        return sequence;
    }

    /** Receives the echo of message {@code sequence}, verified. */
    public void receiveEcho(int sequence) throws IOException {
        receive();
        verifyEcho(sequence);
    }

    /** Encodes the next message without sending it (for rigs that time the transfer alone). */
    public int encodeNext(int flags) {
        int sequence = nextSequence++;
        sendCodec.encode(outgoing, sequence, flags);
        return sequence;
    }

    public void transmit() throws IOException {
        channel.send(outgoing, size);
    }

    public void receive() throws IOException {
        channel.receive(incoming, size);
    }

    /** Takes the echo of message {@code sequence} if it has begun to arrive (verified); false at once otherwise. */
    public boolean tryReceiveEcho(int sequence) throws IOException {
        if (!channel.tryReceive(incoming, size)) {
            return false;
        }
        verifyEcho(sequence);
        return true;
    }

    /** Verifies the echo just received, then poisons the buffer for the next one. */
    public void verifyEcho(int sequence) throws IOException {
        receiveCodec.verify(incoming, sequence);
        receiveCodec.poison(incoming);
    }

    /** Ends the conversation: STOP, and its echo back. */
    public void stop() throws IOException {
        receiveEcho(send(MessageCodec.STOP));
    }
}
