package org.ipclab.core;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The code a peer JVM runs. It needs a public no-argument constructor; {@code in} and {@code out} are
 * the peer's stdin and stdout (after the handshake), which a role may use as its data channel.
 */
public interface PeerRole {
    void run(String[] args, InputStream in, OutputStream out) throws Exception;
}
