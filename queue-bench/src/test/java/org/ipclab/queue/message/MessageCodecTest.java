package org.ipclab.queue.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MessageCodecTest {

    @Test
    void shouldRoundTripSequenceAndFlags() throws Exception {
        MessageCodec codec = new MessageCodec(64);
        byte[] message = codec.newBuffer();
        codec.encode(message, 41, MessageCodec.REPLY);
        assertEquals(MessageCodec.REPLY, codec.verify(message, 41));
    }

    @Test
    void shouldDetectACorruptedPayloadByte() {
        MessageCodec codec = new MessageCodec(1024);
        byte[] message = codec.newBuffer();
        codec.encode(message, 7, 0);
        message[900] ^= 1;
        assertThrows(CorruptMessageException.class, () -> codec.verify(message, 7));
    }

    @Test
    void shouldDetectACorruptedHeaderInTheSmallestMessage() {
        MessageCodec codec = new MessageCodec(MessageCodec.MIN_SIZE);
        byte[] message = codec.newBuffer();
        codec.encode(message, 7, 0);
        message[1] ^= 0x10;
        assertThrows(CorruptMessageException.class, () -> codec.verify(message, 7));
    }

    @Test
    void shouldRejectAStaleCopyOfTheMessageBefore() {
        MessageCodec codec = new MessageCodec(64);
        byte[] message = codec.newBuffer();
        codec.encode(message, 5, 0);
        assertThrows(CorruptMessageException.class, () -> codec.verify(message, 6));
    }

    @Test
    void shouldRefuseSizesBelowTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> new MessageCodec(7));
    }
}
