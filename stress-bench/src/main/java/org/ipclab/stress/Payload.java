package org.ipclab.stress;

/** A message whose every byte is known and non-zero, so a stale (zeroed) or torn copy cannot pass. */
final class Payload {
    private Payload() {
    }

    /** {@code length} bytes, each different from its neighbours and none zero. */
    static byte[] of(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i % 251 + 1);
        }
        return bytes;
    }

    /** The same bytes back to front: of an even length up to 250, no byte matches the first's at its index. */
    static byte[] reversed(byte[] message) {
        byte[] bytes = new byte[message.length];
        for (int i = 0; i < message.length; i++) {
            bytes[i] = message[message.length - 1 - i];
        }
        return bytes;
    }

    /** How many bytes of {@code received} match {@code sent}: the whole length or the copy is torn. */
    static int matching(byte[] sent, byte[] received) {
        int same = 0;
        for (int i = 0; i < sent.length; i++) {
            if (sent[i] == received[i]) {
                same++;
            }
        }
        return same;
    }
}
