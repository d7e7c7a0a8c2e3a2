package org.ipclab.queue.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

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
    void shouldChangeEveryCacheLineFromOneMessageToTheNext() {
        MessageCodec codec = new MessageCodec(1000);
        byte[] first = codec.newBuffer();
        byte[] second = codec.newBuffer();
        codec.encode(first, 5, 0);
        codec.encode(second, 6, 0);
        for (int line = 0; line < 1000; line += MessageCodec.LINE_BYTES) {
            int from = Math.max(line, MessageCodec.HEADER_BYTES);
            int to = Math.min(line + MessageCodec.LINE_BYTES, 1000);
            assertFalse(Arrays.equals(first, from, to, second, from, to), "line at " + line + " repeats");
        }
    }

    @Test
    void shouldNeverVerifyAPoisonedMessage() {
        for (int size : new int[] {8, 12, 64, 130, 4096}) {
            MessageCodec codec = new MessageCodec(size);
            byte[] message = codec.newBuffer();
            codec.encode(message, 3, 0);
            codec.poison(message);
            assertThrows(CorruptMessageException.class, () -> codec.verify(message, 3), "size " + size);
        }
    }

    @Test
    void shouldFailALineLeftPoisoned() throws Exception {
        MessageCodec codec = new MessageCodec(4096);
        byte[] sent = codec.newBuffer();
        codec.encode(sent, 9, 0);
        byte[] received = codec.newBuffer();
        System.arraycopy(sent, 0, received, 0, 4096);
        codec.verify(received, 9);
        codec.poison(received);
        codec.encode(sent, 10, 0);
        System.arraycopy(sent, 0, received, 0, 2048);
        CorruptMessageException e = assertThrows(CorruptMessageException.class, () -> codec.verify(received, 10));
        assertTrue(e.getMessage().contains("cache line 32"), e.getMessage());
    }

    @Test
    void shouldRefuseSizesBelowTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> new MessageCodec(7));
    }
}
