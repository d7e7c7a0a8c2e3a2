package org.ipclab.queue.channel;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Anonymous pipes: the peer JVM's stdin and stdout. The parent's side goes through the JDK's
 * process streams (buffered, so every send flushes); the peer's side is the raw descriptors.
 */
public final class PipeChannel extends StreamChannel {
    public PipeChannel(InputStream in, OutputStream out) {
        super(in, out);
    }
}
