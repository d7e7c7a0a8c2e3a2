package org.ipclab.queue.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A channel over a pair of byte streams: every message written whole and flushed, read back in full. */
public abstract class StreamChannel implements Channel {
    private final InputStream in;
    private final OutputStream out;

    protected StreamChannel(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public void send(byte[] message, int length) throws IOException {
        out.write(message, 0, length);
        out.flush();
    }

    @Override
    public void receive(byte[] message, int length) throws IOException {
        int read = 0;
        while (read < length) {
            int n = in.read(message, read, length - read);
            if (n < 0) {
                throw new ChannelClosedException("end of stream after " + read + " of " + length + " bytes");
            }
            read += n;
        }
    }

    /** Bytes waiting in the pipe (FIONREAD) mean a message has begun; the rest is read blocking. */
    @Override
    public boolean tryReceive(byte[] message, int length) throws IOException {
        if (in.available() <= 0) {
            return false;
        }
        receive(message, length);
        return true;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            in.close();
        }
    }
}
