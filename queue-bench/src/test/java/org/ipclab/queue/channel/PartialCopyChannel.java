package org.ipclab.queue.channel;

import java.io.IOException;

/**
 * A dishonest channel for tests: it takes each message from an honest end but copies only its first
 * {@code copiedBytes} into the receiver's buffer (0 leaves the receiver its stale buffer), the way a
 * broken channel that moves only a header or one cache line would.
 */
final class PartialCopyChannel implements Channel {
    private final Channel honest;
    private final int copiedBytes;
    private byte[] delivered = new byte[0];

    PartialCopyChannel(Channel honest, int copiedBytes) {
        this.honest = honest;
        this.copiedBytes = copiedBytes;
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        honest.send(message, length);
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        honest.receive(scratch(length), length);
        copyPart(message, length);
    }

    @Override
    public boolean tryReceive(byte[] message, int length) throws IOException {
        if (!honest.tryReceive(scratch(length), length)) {
            return false;
        }
        copyPart(message, length);
        return true;
    }

    private byte[] scratch(int length) {
        if (delivered.length < length) {
            delivered = new byte[length];
        }
        return delivered;
    }

    private void copyPart(byte[] message, int length) {
        System.arraycopy(delivered, 0, message, 0, Math.min(copiedBytes, length));
    }

    @Override
    public void close() throws IOException {
        honest.close();
    }
}
